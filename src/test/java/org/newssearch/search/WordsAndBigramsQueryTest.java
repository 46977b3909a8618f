package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;
import org.newssearch.index.Schema;

/**
 * A Han word is matched by its bigram phrase; its smartcn words only add to the score. A phrase of
 * words the segmenter split (习 近 平) is left out, a single word spares the bigram phrase where it
 * matches, and text that is not all Han keeps both.
 */
class WordsAndBigramsQueryTest {

  @TempDir
  static Path dir;

  private static SearchService search;

  @BeforeAll
  static void index() throws IOException {
    search = new SearchService(TestIndexes.ofJsonLines(dir,
        article("zh-xi", "主席会见外宾", "国家主席习近平在北京会见来访的外国领导人。"),
        article("zh-video", "网络视频发展", "网络视频用户规模继续扩大。"),
        article("zh-channel", "新的电视频道", "电视频道今天开播。"),
        article("zh-space", "青春由磨砺而出彩 人生因奋斗而升华", "青年节到来之际，广大青年奋勇搏击。"),
        article("zh-joined", "出彩人生", "他们用奋斗书写出彩人生。"),
        article("zh-fair", "第27届博览会开幕", "第27届博览会今天开幕。")));
  }

  private static String article(String id, String title, String body) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body
        + "\",\"date\":\"2025-03-01\",\"source\":\"cctv\",\"lang\":\"zh\"}";
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // split by the segmenter (习 近 平): the bigram phrase alone, weighing for both
      "习近平    | ((title.cjk:\"习近 近平\")^2.0)^2.0 (body.cjk:\"习近 近平\")^2.0",
      // one word: the word, and the bigram phrase only where the word is not
      "视频      | ((title.zh:视频)^2.0)^2.0 (+title.cjk:视频 -title.zh:视频)^2.0 (body.zh:视频)^2.0 (+body.cjk:视频 -body.zh:视频)",
      // digits break the bigrams (three positions each side): the words still count for matching
      "第27届    | ((title.zh:\"第 27 届\")^2.0)^2.0 (+title.cjk:\"第 ? ? 27 ? ? 届\" -title.zh:\"第 27 届\")^2.0 "
          + "(body.zh:\"第 27 届\")^2.0 (+body.cjk:\"第 ? ? 27 ? ? 届\" -body.zh:\"第 27 届\")",
  })
  void queryShape(String text, String expected) throws ParseException {
    NewsQueryParser parser = new NewsQueryParser(Schema.analyzer(), List.of("zh", "cjk"));
    assertThat(parser.parse(text).toString()).isEqualTo(expected);
  }

  @Test
  void aPhraseWithSlopKeepsTheWordsForMatching() throws ParseException {
    // with slop, bigram positions do not stand for word positions: words OR bigrams, as written
    NewsQueryParser parser = new NewsQueryParser(Schema.analyzer(), List.of("zh", "cjk"));
    assertThat(parser.parse("body:\"习近平\"~2").toString())
        .isEqualTo("(body.zh:\"习 近 平\"~2)^2.0 (+body.cjk:\"习近 近平\"~2 -body.zh:\"习 近 平\"~2)");
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "习近平    | zh-xi",
      // the word, and the bigrams inside 电视/频道
      "视频      | zh-video zh-channel",
      // not across the space between two clauses of a title, as the phrase of words did
      "出彩人生  | zh-joined",
      "第27届    | zh-fair",
  })
  void matches(String query, String ids) throws IOException {
    SearchResult result = search.search(SearchRequest.of(query));
    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(ids.split(" "));
    assertThat(result.total()).isEqualTo(ids.split(" ").length);
  }
}
