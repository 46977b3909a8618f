package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newssearch.TestIndexes;

/** The real server on a free port over an index of the five seeds, spoken to over HTTP. */
class SeedApiHttpTest {

  private static TestServer server;
  private static HttpClientForTests http;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestIndexes.seeds());
    http = server.http();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<String> titles(JsonNode result) {
    List<String> titles = new ArrayList<>();
    result.get("hits").forEach(hit -> titles.add(hit.get("title").asText()));
    return titles;
  }

  @Test
  void aNameFindsExactlyTheFourSeedsWhoseBodiesContainIt() throws Exception {
    JsonNode result = http.json("/api/search?variants=off&q=" + enc("泽连斯基"));
    assertThat(result.get("total").asLong()).isEqualTo(4);
    assertThat(titles(result)).containsExactlyInAnyOrder(
        "俄乌到底谈不谈?48小时内见分晓",
        "美俄罕见互动!伊斯坦布尔谈判后,俄外长直言感谢美国施压乌克兰",
        "美俄会谈在即 美国务院：真正的和谈在乌克兰参与下才会进行",
        "美与俄乌分头谈“和平计划” 却缺席北约外长会");
  }

  @Test
  void theTraditionalFormOfANameFindsTheSameFourArticles() throws Exception {
    JsonNode simplified = http.json("/api/search?variants=off&q=" + enc("泽连斯基"));
    JsonNode traditional = http.json("/api/search?variants=off&q=" + enc("澤連斯基"));
    assertThat(titles(traditional)).containsExactlyInAnyOrderElementsOf(titles(simplified));
  }

  @Test
  void snippetsMarkTheNameWhereItStandsAndEscapeEverythingElse() throws Exception {
    JsonNode result = http.json("/api/search?variants=off&q=" + enc("澤連斯基"));
    for (JsonNode hit : result.get("hits")) {
      String snippets = hit.get("snippets").toString();
      assertThat(snippets).contains("<mark>泽连斯基</mark>");
      assertThat(snippets.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }
  }

  @Test
  void aNameThatAppearsOnlyInATrendingListIsNotFound() throws Exception {
    assertThat(http.json("/api/search?variants=off&q=" + enc("张又侠")).get("total").asLong()).isZero();
  }

  @Test
  void aHitCarriesTheContractFieldsWithTheOutletsOwnTime() throws Exception {
    JsonNode hit = http.json("/api/search?variants=off&q=" + enc("伊斯坦布尔 拉夫罗夫")).get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("美俄罕见互动!伊斯坦布尔谈判后,俄外长直言感谢美国施压乌克兰");
    assertThat(hit.get("source").asText()).isEqualTo("天天要闻");
    assertThat(hit.get("lang").asText()).isEqualTo("zh-Hans");
    assertThat(hit.get("date").asText()).isEqualTo("2025-05-17T23:20:15+08:00");
    assertThat(hit.has("url")).isTrue();
    assertThat(hit.get("score").asDouble()).isPositive();
    assertThat(hit.get("id").asText()).isNotBlank();
  }

  @Test
  void facetsCountSourcesAndMonthsOfTheMatches() throws Exception {
    JsonNode facets = http.json("/api/search?variants=off&q=" + enc("泽连斯基")).get("facets");
    assertThat(facets.get("source").toString())
        .contains("{\"value\":\"天天要闻\",\"count\":2}")
        .contains("{\"value\":\"voachinese.com\",\"count\":1}")
        .contains("{\"value\":\"unknown\",\"count\":1}");
    assertThat(facets.get("lang").toString()).isEqualTo("[{\"value\":\"zh-Hans\",\"count\":4}]");
    // three dated matches from Feb to May 2025: a monthly histogram; the undated seed 004 is not counted
    assertThat(facets.get("date").toString()).isEqualTo(
        "[{\"value\":\"2025-02\",\"count\":1},{\"value\":\"2025-03\",\"count\":1},{\"value\":\"2025-05\",\"count\":1}]");
  }

  @Test
  void aSourceFilterKeepsOnlyThatOutlet() throws Exception {
    JsonNode result = http.json("/api/search?variants=off&q=" + enc("泽连斯基") + "&source=" + enc("天天要闻"));
    assertThat(result.get("total").asLong()).isEqualTo(2);
    result.get("hits").forEach(hit -> assertThat(hit.get("source").asText()).isEqualTo("天天要闻"));
  }

  @Test
  void theArticleEndpointReturnsTheWholeArticleWithProvenance() throws Exception {
    String id = http.json("/api/search?variants=off&q=" + enc("利雅德 Riyadh")).get("hits").get(0).get("id").asText();
    JsonNode article = http.json("/api/articles/" + enc(id));
    assertThat(article.get("title").asText()).isEqualTo("美俄会谈达成4共识 俄方3件事不让");
    assertThat(article.get("source").asText()).isEqualTo("chineseheadlinenews.com");
    assertThat(article.get("origin").asText()).isEqualTo("看中国");
    assertThat(article.get("file").asText()).isEqualTo("000_8b28ae513f3aeae5.txt");
    assertThat(article.get("body").asText()).doesNotContain("24小时新闻排行榜");
  }

  @Test
  void anUnknownArticleIs404WithAnError() throws Exception {
    HttpResponse<String> response = http.get("/api/articles/nope");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"error\"");
  }

  @Test
  void badParametersGet400WithWhatIsAccepted() throws Exception {
    for (String bad : List.of("q=" + enc("\"乌克兰"), "q=x&size=-1", "q=x&size=1000000", "q=x&from=yesterday",
        "q=x&sort=bogus", "q=" + enc("((((("), "q=x&cursor=garbage")) {
      HttpResponse<String> response = http.get("/api/search?" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
      assertThat(error.get("error").asText()).as(bad).isNotBlank();
      assertThat(error.get("detail").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void healthAndTheWebFormAnswer() throws Exception {
    assertThat(http.get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> page = http.get("/?variants=off&q=" + enc("澤連斯基"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.body()).contains("4 articles").contains("<mark>泽连斯基</mark>");
  }
}
