package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of {@link Boilerplate}, one row per case: the lines a scrape saved (separated by ⏎),
 * what stays as the article's paragraphs, and what becomes metadata; the last column names the seed
 * (sample-data/) or the shape that motivated the rule.
 */
class BoilerplateRulesTest {

  private static final String TITLE = "俄乌到底谈不谈?48小时内见分晓";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // rule | lines | paragraphs kept | source | origin | author | motivated by
      "end of article at a list heading | 正文一。⏎24小时新闻排行榜更多>>⏎别的文章 | 正文一。 | - | - | - | 000_8b28ae513f3aeae5.txt line 37",
      "end of article at 相关阅读 | 正文一。⏎相关阅读⏎别的文章 | 正文一。 | - | - | - | the related-articles lists of news sites",
      "end of article at Read more | Body one.⏎Read more:⏎Other story | Body one. | - | - | - | English pages",
      "a long sentence that mentions a marker stays | 这篇报道登上了今天的排行榜，引起了广泛讨论，很多读者转发了它，也有人批评了它的观点。 | 这篇报道登上了今天的排行榜，引起了广泛讨论，很多读者转发了它，也有人批评了它的观点。 | - | - | - | MAX_MARKER_LENGTH",
      "the repeated headline names the outlet | 俄乌到底谈不谈?48小时内见分晓 - 天天要闻⏎正文一。 | 正文一。 | 天天要闻 | - | - | 001_60920aa6a8be9024.txt line 11",
      "the bare repeated headline goes | 俄乌到底谈不谈?48小时内见分晓⏎正文一。 | 正文一。 | - | - | - | repeated headline lines",
      "a headline followed by more text stays | 俄乌到底谈不谈?48小时内见分晓，专家这样分析⏎正文一。 | 俄乌到底谈不谈?48小时内见分晓，专家这样分析⏎正文一。 | - | - | - | SIGNATURE_TAIL needs a separator",
      "a credit line becomes the origin | 正文一。⏎来源:央视新闻客户端 | 正文一。 | - | 央视新闻客户端 | - | 001_60920aa6a8be9024.txt line 45",
      "a credit in parentheses | 正文一。⏎（来源：新华社） | 正文一。 | - | 新华社 | - | full-width credit lines",
      "the wires a text is based on | 正文一。⏎(本文依据了美联社、法新社、路透社的报道) | 正文一。 | - | 美联社、法新社、路透社 | - | BASED_ON",
      "a byline becomes the author | 正文一。⏎(2025年5月17日,作者:彼得堡的肥天鹅) | 正文一。 | - | - | 彼得堡的肥天鹅 | 002_3ae8ec1ab298bbdb.txt line 51",
      "a reporter at the start stays and names the author | (看中国记者王君综合报道)18日,美俄会谈在利雅德举行。 | (看中国记者王君综合报道)18日,美俄会谈在利雅德举行。 | - | - | 王君 | 000_8b28ae513f3aeae5.txt line 8",
      "an editor line goes | 正文一。⏎(责任编辑:时尚) | 正文一。 | - | - | - | editor lines",
      "no-break spaces are whitespace | \u00A0正文一。\u00A0⏎\u00A0 | 正文一。 | - | - | - | padded scraped paragraphs",
  })
  void eachRuleKeepsTheArticleAndTakesOutWhatIsNot(String rule, String lines, String kept, String source, String origin,
      String author, String motivatedBy) {
    Boilerplate.Cleaned cleaned = Boilerplate.clean(TITLE, Arrays.asList(lines.split("⏎")));
    assertThat(cleaned.paragraphs()).as(rule).isEqualTo(List.of(kept.split("⏎")));
    assertThat(cleaned.source()).as(rule).isEqualTo(source);
    assertThat(cleaned.origin()).as(rule).isEqualTo(origin);
    assertThat(cleaned.author()).as(rule).isEqualTo(author);
  }
}
