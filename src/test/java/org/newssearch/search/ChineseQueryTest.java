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
import org.newssearch.analysis.QueryAnalyzer;
import org.newssearch.index.Schema;

/**
 * A Han word is matched by its bigram phrase wherever it stands, in the title or the body, the better
 * of the two scoring; a run of CJK characters does not continue across a space or a digit.
 */
class ChineseQueryTest {

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
        article("zh-fair", "第27届博览会开幕", "第27届博览会今天开幕。"),
        article("zh-war-start", "战争与和平", "一部小说。"),
        article("zh-war-end", "两国开战", "两国宣布开战。"),
        article("zh-war-mid", "停战协议", "双方签署协议。")));
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
  @CsvSource(delimiterString = " => ", value = {
      "习近平 => ((title.cjk:\"习近 近平\")^1.5 | body.cjk:\"习近 近平\")",
      "视频 => ((title.cjk:视频)^1.5 | body.cjk:视频)",
      // digits break the bigrams (three positions each side)
      "第27届 => ((title.cjk:\"第 ? ? 27 ? ? 届\")^1.5 | body.cjk:\"第 ? ? 27 ? ? 届\")",
      // one character: the first of the bigrams, or alone
      "戰 => ((title.cjk:战*)^1.5 | body.cjk:战*)",
  })
  void queryShape(String text, String expected) throws ParseException {
    NewsQueryParser parser = new NewsQueryParser(new QueryAnalyzer(Schema.analyzer()), List.of("cjk"));
    assertThat(parser.parse(text).toString()).isEqualTo(expected);
  }

  @Test
  void aPhraseWithSlopCountsItsDistanceInBigrams() throws ParseException {
    NewsQueryParser parser = new NewsQueryParser(new QueryAnalyzer(Schema.analyzer()), List.of("cjk"));
    assertThat(parser.parse("body:\"习近平\"~2").toString())
        .isEqualTo("body.cjk:\"习近 近平\"~2");
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "习近平    | zh-xi",
      // the bigram, inside 电视频道 too
      "视频      | zh-video zh-channel",
      // not across the space between two clauses of a title
      "出彩人生  | zh-joined",
      // lone characters beside digits, where the text runs on: 第 ends a run, 届 starts one
      "第27届    | zh-fair",
      "27届博览  | zh-fair",
      // one character wherever it stands: starting, ending or inside a run
      "战        | zh-war-start zh-war-end zh-war-mid",
  })
  void matches(String query, String ids) throws IOException {
    SearchResult result = search.search(SearchRequest.of(query));
    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(ids.split(" "));
    assertThat(result.total()).isEqualTo(ids.split(" ").length);
  }
}
