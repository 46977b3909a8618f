package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseBigramAnalyzerTest {

  private static final ChineseBigramAnalyzer ANALYZER = new ChineseBigramAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("a name smartcn splits is whole bigrams", "特使维特科夫与乌沙科夫会谈",
            List.of("特使 0 2", "使维 1 3", "维特 2 4", "特科 3 5", "科夫 4 6", "夫与 5 7", "与乌 6 8", "乌沙 7 9",
                "沙科 8 10", "科夫 9 11", "夫会 10 12", "会谈 11 13", "谈 12 13")),
        Arguments.of("Traditional gives Simplified bigrams at the original offsets", "俄羅斯國防部",
            List.of("俄罗 0 2", "罗斯 1 3", "斯国 2 4", "国防 3 5", "防部 4 6", "部 5 6")),
        Arguments.of("a shorter replacement maps its last bigram to the end of the source", "和網際網路",
            List.of("和互 0 2", "互联 1 3", "联网 2 5", "网 4 5")),
        Arguments.of("Latin and digits stay whole words", "北約NATO峰會2025年召開",
            List.of("北约 0 2", "约 1 2", "nato 2 6", "峰会 6 8", "峰 6 7", "会 7 8", "2025 8 12", "年召 12 14",
                "年 12 13", "召开 13 15", "开 14 15")),
        Arguments.of("half-width katakana fold to full-width, voiced marks composed", "ｶﾞｿﾘﾝ",
            List.of("ガソ 0 5", "ソリ 0 5", "リン 0 5", "ン 4 5")),
        Arguments.of("full-width text", "ＧＤＰ增長５％", List.of("gdp 0 3", "增长 3 5", "增 3 4", "长 4 5", "5 5 6")),
        Arguments.of("an unpaired surrogate is not a token", "a\uD800b", List.of("a 0 1", "b 2 3")),
        Arguments.of("empty input", "", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void tokensAndOffsetsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.of(ANALYZER, text)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> positions() {
    return Stream.of(
        Arguments.of("one run: one position per bigram", "新闻联播", List.of("新闻@0", "闻联@1", "联播@2", "播@2")),
        Arguments.of("punctuation ends a run", "新闻，联播", List.of("新闻@0", "闻@0", "联播@3", "播@3")),
        Arguments.of("a lone character is a run of its own", "新闻，中联播", List.of("新闻@0", "闻@0", "中联@3", "联播@4", "播@4")),
        Arguments.of("a lone character between runs", "新闻，中，联播", List.of("新闻@0", "闻@0", "中@3", "联播@6", "播@6")),
        Arguments.of("a change of script ends a run, on both sides", "新闻X联播",
            List.of("新闻@0", "闻@0", "x@3", "联播@6", "联@6", "播@6")),
        Arguments.of("Latin words and digits keep one position each", "ab cd 2025年",
            List.of("ab@0", "cd@1", "2025@2", "年@5")),
        Arguments.of("a shorter T->S replacement keeps the run whole", "和網際網路",
            List.of("和互@0", "互联@1", "联网@2", "网@2")),
        Arguments.of("half-width katakana folded into one span keep the run whole", "ｶﾞｿﾘﾝ",
            List.of("ガソ@0", "ソリ@1", "リン@2", "ン@2")),
        Arguments.of("a letter or digit right before a run: its first character stands alone too", "G7峰会",
            List.of("g7@0", "峰会@3", "峰@3", "会@3")),
        Arguments.of("a space ends a run", "习近平 主席", List.of("习近@0", "近平@1", "平@1", "主席@4", "席@4")));
  }

  /**
   * A run of CJK characters stands three positions from whatever follows it ({@link RunBreakPositions});
   * its last character, and its first after a letter or digit, stand alone too ({@link RunEdgeUnigrams}).
   */
  /** Highlighting relies on it to skip paragraphs that cannot match ({@code search/UnmatchedParagraphs}). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void everyTokenIsASubstringOfTheTextsSpelling(String what, String text, List<String> expected) {
    String spelling = ChineseBigramAnalyzer.spelling(text);
    for (String token : Tokens.of(ANALYZER, text)) {
      assertThat(spelling).as(what).contains(token.substring(0, token.indexOf(' ')));
    }
  }

  @Test
  void theSpellingIsWidthFoldedSimplifiedAndLowerCase() {
    assertThat(ChineseBigramAnalyzer.spelling("北約NATO峰會2025年召開")).isEqualTo("北约nato峰会2025年召开");
    assertThat(ChineseBigramAnalyzer.spelling("ＧＤＰ增長５％\n和網際網路")).isEqualTo("gdp增长5%\n和互联网");
    assertThat(ChineseBigramAnalyzer.spelling("")).isEmpty();
  }

  @Test
  void noReplacementReachesAcrossALineBreak() {
    TraditionalToSimplified.table().forEach((key, value) ->
        assertThat(key + value).as("%s -> %s", key, value).doesNotContain("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positions")
  void positionsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.withPositions(ANALYZER, text)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positions")
  void theNeutralChainHasTheSamePositions(String what, String text, List<String> expected) {
    // Without T->S: compare only where the text is already Simplified and full-width.
    if (text.equals("和網際網路") || text.equals("ｶﾞｿﾘﾝ")) {
      return;
    }
    try (NeutralAnalyzer neutral = new NeutralAnalyzer()) {
      assertThat(Tokens.withPositions(neutral, text)).containsExactlyElementsOf(expected);
    }
  }
}
