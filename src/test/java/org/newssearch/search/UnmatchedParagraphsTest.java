package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.newssearch.eval.Corpus;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;
import org.newssearch.names.NameVariants;

/**
 * Highlighting analyzes only the paragraphs of a Chinese text that can hold a match, and marks
 * exactly what analyzing the whole text marks: the same text with its line breaks as paragraph
 * separators (U+2029, where nothing is blanked) is the reference.
 */
class UnmatchedParagraphsTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final FoundArticlesHighlighter HIGHLIGHTER = new FoundArticlesHighlighter(NameVariants::shipped);
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

  @Test
  void aParagraphIsBlankedWhenItsSimplifiedLowerCaseSpellingHoldsNoMatch() {
    String field = "body.cjk";
    List<UnmatchedParagraphs.Match> zelensky = List.of(UnmatchedParagraphs.Match.of(
        new PhraseQuery(field, "泽连", "连斯", "斯基"), new Term(field, "泽连"), new Term(field, "连斯"), new Term(field, "斯基")));
    assertThat(UnmatchedParagraphs.blank("总统泽连斯基\n普京表示\n澤連斯基說\n泽连与斯基", zelensky))
        .isEqualTo("总统泽连斯基\n    \n澤連斯基說\n     ");
    List<UnmatchedParagraphs.Match> nato = List.of(UnmatchedParagraphs.Match.of(
        new TermQuery(new Term(field, "nato")), new Term(field, "nato")));
    assertThat(UnmatchedParagraphs.blank("北约\nＮＡＴＯ峰会\nNato summit\n", nato)).isEqualTo("  \nＮＡＴＯ峰会\nNato summit\n");
    List<UnmatchedParagraphs.Match> either = List.of(UnmatchedParagraphs.Match.of(
        new SynonymQuery.Builder(field).addTerm(new Term(field, "俄国")).addTerm(new Term(field, "苏联")).build(),
        new Term(field, "俄国"), new Term(field, "苏联")));
    assertThat(UnmatchedParagraphs.blank("蘇聯解体\n美国", either)).isEqualTo("蘇聯解体\n  ");
    String untouched = "俄国\n苏联";
    assertThat(UnmatchedParagraphs.blank(untouched, either)).isSameAs(untouched);
    assertThat(UnmatchedParagraphs.Match.of(new PhraseQuery(field, "中共", "共中"), new Term(field, "中共"),
        new Term(field, "共中")).groups()).containsExactly(Set.of("中共"), Set.of("共中"));
  }

  @Test
  void aPhraseThatCouldSpanParagraphsIsMatchedOverTheWholeText() throws IOException {
    // 新闻，联播 stands 3 positions apart, and Latin words 1 apart across a line break: blanking the
    // paragraph between two that hold every term would bring the first's end and the last's start
    // that close, so such phrases are matched over the whole text. (The last paragraph makes the
    // article a hit: only hits are highlighted.)
    assertThat(marks("联播，新闻\n国内外其他内容\n联播，新闻\n新闻，联播", "\"新闻，联播\""))
        .containsExactly("新闻，联播");
    assertThat(marks("agency news\n国内外其他内容\nagency news\nnews agency", "\"news agency\""))
        .containsExactly("news agency");
  }

  @Test
  void termsInDifferentParagraphsAreAllMarkedInEitherScript() throws IOException {
    String body = "俄方回应。\n普京总统今日表示。\n各方关注。\n烏克蘭局勢緊張。\n结束。";
    assertThat(marks(body, "普京 乌克兰")).containsExactly("普京", "烏克蘭");
    assertThat(marks(body, "\"普京总统\" AND \"乌克兰局势\"")).containsExactly("普京总统", "烏克蘭局勢");
    assertThat(marks("第一段\n中共中央政治局召开会议\n第三段", "中共中央政治局")).containsExactly("中共中央政治局");
  }

  @Test
  void realArticlesAreMarkedAsWhenNothingIsBlanked() throws IOException {
    assumeTrue(Files.isDirectory(CORPORA), "../shared/corpora is not beside the project");
    List<Corpus.Item> items = new ArrayList<>(Corpus.read(CORPORA.resolve("zh-cctv-xwlb.jsonl.gz"), 4000));
    items.addAll(Corpus.read(CORPORA.resolve("zh-Hant-twins-s2tw.jsonl.gz"), 400));
    Random random = new Random(17);
    int compared = 0;
    int marked = 0;
    for (Corpus.Item item : items) {
      if (item.body() == null || item.body().split("\n").length < 3 || random.nextInt(8) != 0) {
        continue;
      }
      // The article view marks every match; snippets are cut from the same matches (a match counts
      // once, whatever the analyzed text), by a sentence breaker that tells U+2029 from a line break.
      for (String query : queriesFrom(item.body(), random)) {
        String separated = item.body().replace('\n', '\u2029');
        ArticleHighlighter.Highlighted blanked = HIGHLIGHTER.article(article(item, item.body()), query, true);
        ArticleHighlighter.Highlighted whole = HIGHLIGHTER.article(article(item, separated), query, true);
        assertThat(blanked.bodyHtml()).as("%s: %s", item.id(), query)
            .isEqualTo(whole.bodyHtml().replace('\u2029', '\n'));
        compared++;
        marked += blanked.bodyHtml().contains("<mark>") ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(600);
    assertThat(marked).isGreaterThan(compared / 2);
  }

  /** A phrase from one paragraph, two words from two paragraphs, a phrase across a comma, a word from elsewhere. */
  private static List<String> queriesFrom(String body, Random random) {
    String[] paragraphs = body.split("\n");
    String first = hanRun(paragraphs[random.nextInt(paragraphs.length)], random, 2 + random.nextInt(6));
    String second = hanRun(paragraphs[random.nextInt(paragraphs.length)], random, 2 + random.nextInt(3));
    return List.of(first, first + " " + second, "\"" + first + "，" + second + "\"", "联合国 OR " + second);
  }

  private static String hanRun(String paragraph, Random random, int length) {
    Matcher runs = Pattern.compile("\\p{IsHan}{" + length + ",}").matcher(paragraph);
    List<String> found = new ArrayList<>();
    while (runs.find()) {
      found.add(runs.group());
    }
    if (found.isEmpty()) {
      return "中国";
    }
    String run = found.get(random.nextInt(found.size()));
    int start = random.nextInt(run.length() - length + 1);
    return run.substring(start, start + length);
  }

  private static List<String> marks(String body, String query) throws IOException {
    Matcher mark = MARK.matcher(HIGHLIGHTER.article(article(new Corpus.Item("t", "标题", body, "zh-Hans", null), body),
        query, true).bodyHtml());
    List<String> marked = new ArrayList<>();
    while (mark.find()) {
      marked.add(mark.group(1));
    }
    return marked;
  }

  private static Article article(Corpus.Item item, String body) {
    return new Article(item.id(), item.title(), body, PublishedAt.parse("2025-02-18T10:00:00+08:00"), "央视网", null,
        "https://example.org/" + item.id(), null, item.lang(), "corpus.jsonl", Set.of());
  }
}
