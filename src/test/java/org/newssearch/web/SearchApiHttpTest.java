package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/**
 * The query language, filters, facets, paging and export of the JSON API, over HTTP against the
 * real server, on a 24-article fixture (src/test/resources/search/articles.jsonl) whose expected
 * answers were worked out by hand.
 */
class SearchApiHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;
  private static HttpClientForTests http;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestIndexes.searchArticles());
    http = server.http();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<String> ids(String params) throws Exception {
    JsonNode result = http.json("/api/search?variants=off&size=100&" + params);
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertThat(result.get("total").asLong()).as(params).isEqualTo(ids.size());
    return ids;
  }

  private static List<String> idsFor(String query) throws Exception {
    return ids("q=" + enc(query));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      "普京                     | a01",
      "普京 特朗普               | a01",
      "普京 AND 特朗普           | a01",
      "普京 OR 泽连斯基          | a01 a02",
      "普京　ＯＲ　泽连斯基        | a01 a02",
      "\"乌克兰危机\"            | a01 a10",
      "“乌克兰危机”              | a01 a10",
      "乌克兰 危机               | a01 a10 a11",
      "乌克兰 -危机              | a02 a03 a04 a05",
      "乌克兰 NOT 危机           | a02 a03 a04 a05",
      "(普京 OR 泽连斯基) 土耳其  | a02",
      "烏克蘭 -(危機 OR 土耳其)   | a03 a04 a05",
      "title:危机                | a10 a11",
      "source:BBC               | a06",
      "lang:uk                  | a09",
      "\"zelensky erdogan\"      | ''",
      "\"zelensky erdogan\"~1    | a06",
      "Zelen*                   | a06",
      "Зеленськ*                | a09",
      "Putin                    | a07",
      "Путин                    | a08",
      "Зеленський               | a09",
      "利雅得                    | a04",
  })
  void eachOperatorFindsExactlyTheArticlesItShould(String query, String expected) throws Exception {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(idsFor(query)).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void aRunOfHanCharactersIsAPhraseNotAnOrOfCharacters() throws Exception {
    // 乌克兰危机 as one run must not match a11, which has 危机 and 乌克兰 apart
    assertThat(idsFor("乌克兰危机")).containsExactlyInAnyOrder("a01", "a10");
  }

  @Test
  void titleMatchesRankAboveBodyMatches() throws Exception {
    List<String> ranked = idsFor("危机");
    assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("a10", "a11");
    assertThat(ranked).containsExactlyInAnyOrder("a10", "a11", "a01");
  }

  @Test
  void facetsFollowTheFiltersAndASelectedSourceKeepsItsSiblings() throws Exception {
    JsonNode all = http.json("/api/search?variants=off&q=" + enc("乌克兰"));
    assertThat(all.get("total").asLong()).isEqualTo(7); // a01 a02 a03 a04 a05 a10 a11
    assertThat(counts(all, "source")).isEqualTo(Map.of("新华社", 4L, "联合早报", 2L, "中央社", 1L));
    assertThat(counts(all, "lang")).isEqualTo(Map.of("zh-Hans", 6L, "zh-Hant", 1L));

    JsonNode narrowed = http.json("/api/search?variants=off&q=" + enc("乌克兰") + "&source=" + enc("联合早报"));
    assertThat(narrowed.get("total").asLong()).isEqualTo(2);
    // the source facet still lists every outlet with its count (multi-select); lang follows the filter
    assertThat(counts(narrowed, "source")).isEqualTo(Map.of("新华社", 4L, "联合早报", 2L, "中央社", 1L));
    assertThat(counts(narrowed, "lang")).isEqualTo(Map.of("zh-Hans", 2L));

    JsonNode twoSources = http.json("/api/search?variants=off&q=" + enc("乌克兰") + "&source=" + enc("联合早报") + "&source=" + enc("中央社"));
    assertThat(twoSources.get("total").asLong()).isEqualTo(3);
    assertThat(counts(twoSources, "lang")).isEqualTo(Map.of("zh-Hans", 2L, "zh-Hant", 1L));
  }

  @Test
  void dateBoundsAreInclusiveLocalDaysAndUndatedArticlesFallOutsideAnyRange() throws Exception {
    // a04 at 23:59:59+08:00 and a09 with a bare date are both on 2025-02-18 as their outlets printed it
    assertThat(ids("from=2025-02-18&to=2025-02-18")).containsExactlyInAnyOrder("a02", "a03", "a04", "a06", "a09");
    assertThat(ids("from=2025-03-01&to=2025-03-01")).containsExactly("a11");
    assertThat(ids("q=" + enc("乌克兰") + "&to=2025-02-28")).containsExactlyInAnyOrder("a01", "a02", "a03", "a04");
    assertThat(ids("q=" + enc("乌克兰") + "&from=2025-03-01")).containsExactlyInAnyOrder("a05", "a11");
    // a10 has no date: found without a range, never inside one
    assertThat(idsFor("乌克兰")).contains("a10");
  }

  @Test
  void sortingByDatePutsUndatedArticlesLastBothWays() throws Exception {
    List<String> newest = ids("q=" + enc("乌克兰") + "&sort=date");
    assertThat(newest).containsExactly("a05", "a11", "a04", "a03", "a02", "a01", "a10");
    List<String> oldest = ids("q=" + enc("乌克兰") + "&sort=date_asc");
    assertThat(oldest).containsExactly("a01", "a02", "a03", "a04", "a11", "a05", "a10");
  }

  @Test
  void theDateFacetCountsDaysForAShortSpan() throws Exception {
    JsonNode result = http.json("/api/search?variants=off&q=" + enc("停火会谈"));
    assertThat(result.get("total").asLong()).isEqualTo(12);
    // ten dated fillers from 2025-04-01 to 2025-04-08, two undated
    assertThat(counts(result, "date")).isEqualTo(Map.of("2025-04-01", 2L, "2025-04-02", 1L, "2025-04-03", 1L,
        "2025-04-04", 2L, "2025-04-05", 1L, "2025-04-06", 1L, "2025-04-07", 1L, "2025-04-08", 1L));
  }

  @ParameterizedTest(name = "sort={0}")
  @CsvSource({"relevance", "date", "date_asc"})
  void aCursorWalksEveryMatchOnceWithNoGaps(String sort) throws Exception {
    List<String> walked = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 20; page++) {
      JsonNode result = http.json("/api/search?variants=off&q=" + enc("停火会谈 OR 乌克兰") + "&size=3&sort=" + sort
          + (cursor == null ? "" : "&cursor=" + enc(cursor)));
      result.get("hits").forEach(hit -> walked.add(hit.get("id").asText()));
      cursor = result.get("nextCursor").isNull() ? null : result.get("nextCursor").asText();
      if (cursor == null) {
        break;
      }
    }
    List<String> all = ids("q=" + enc("停火会谈 OR 乌克兰") + "&sort=" + sort);
    assertThat(all).hasSize(19);
    assertThat(walked).containsExactlyElementsOf(all);
  }

  @Test
  void pagesSliceTheSameOrderAsOnePage() throws Exception {
    List<String> all = ids("q=" + enc("停火会谈") + "&sort=date");
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      http.json("/api/search?variants=off&q=" + enc("停火会谈") + "&sort=date&size=5&page=" + page)
          .get("hits").forEach(hit -> paged.add(hit.get("id").asText()));
    }
    assertThat(paged).containsExactlyElementsOf(all);
  }

  @Test
  void exportStreamsEveryMatchAsJsonlAndCsv() throws Exception {
    HttpResponse<String> jsonl = http.get("/api/export?variants=off&format=jsonl&q=" + enc("停火会谈 OR 乌克兰"));
    assertThat(jsonl.statusCode()).isEqualTo(200);
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize(19);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.has("body")).isTrue();
    assertThat(first.has("date")).isTrue();

    HttpResponse<String> csv = http.get("/api/export?variants=off&format=csv&q=" + enc("source:BBC"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFF# {\"newssearchExport\":").contains("}\r\nid,date,source,lang,title,url,text\r\n");
    assertThat(csv.body()).contains("\"a06\",\"2025-02-18T15:00:00+00:00\",\"BBC\",\"en\",\"Zelensky meets Erdogan in Ankara\"");
  }

  @Test
  void anExportIsNamedAfterItsQueryAndDayAndSaysWhatProducedIt() throws Exception {
    HttpResponse<String> csv = http.get("/api/export?variants=off&format=csv&q=" + enc("乌克兰 停火") + "&lang=zh-Hans&sort=date");
    String day = java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"newssearch-" + day
        + ".csv\"; filename*=UTF-8''newssearch-" + enc("乌克兰-停火") + "-" + day + ".csv");
    String comment = csv.body().lines().findFirst().orElseThrow();
    JsonNode record = JSON.readTree(comment.substring(comment.indexOf("# ") + 2)).get("newssearchExport");
    assertThat(record.get("parameters").get("q").get(0).asText()).isEqualTo("乌克兰 停火");
    assertThat(record.get("parameters").get("lang").get(0).asText()).isEqualTo("zh-Hans");
    assertThat(record.get("parameters").get("sort").get(0).asText()).isEqualTo("date");
    assertThat(record.get("generation").asText()).startsWith("gen-");
    assertThat(record.get("articles").asLong()).isEqualTo(csv.body().lines().count() - 2); // the comment and the header
    assertThat(record.get("exportedAt").asText()).startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());

    HttpResponse<String> jsonl = http.get("/api/export?variants=off&format=jsonl&q=" + enc("source:BBC"));
    assertThat(jsonl.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"newssearch-source-BBC-" + day + ".jsonl\"");
    JsonNode header = JSON.readTree(jsonl.headers().firstValue("Newssearch-Export").orElseThrow()).get("newssearchExport");
    assertThat(header.get("articles").asLong()).isEqualTo(jsonl.body().lines().count()); // every line an article
  }

  @Test
  void theTimelineGivesCountsAndSharesPerInterval() throws Exception {
    JsonNode timeline = http.json("/api/timeline?variants=off&interval=month&q=" + enc("乌克兰") + "&q=" + enc("停火会谈"));
    // Every month from the first dated article (a01, February) to the last (a12, December), none left out.
    assertThat(timeline.get("buckets").toString()).isEqualTo("[\"2025-02\",\"2025-03\",\"2025-04\",\"2025-05\","
        + "\"2025-06\",\"2025-07\",\"2025-08\",\"2025-09\",\"2025-10\",\"2025-11\",\"2025-12\"]");
    assertThat(timeline.get("totals").toString()).isEqualTo("[8,1,10,1,0,0,0,0,0,0,1]");
    // 乌克兰: a01-a04 (February), a11 (March), a05 (May); a10 has no date.
    JsonNode ukraine = timeline.get("series").get(0);
    assertThat(ukraine.get("counts").toString()).isEqualTo("[4,1,0,1,0,0,0,0,0,0,0]");
    assertThat(ukraine.get("total").asLong()).isEqualTo(6);
    assertThat(ukraine.get("undated").asLong()).isEqualTo(1);
    // February 2025 holds a01-a04 and a06-a09: 8 articles, 4 of them about 乌克兰
    assertThat(ukraine.get("shares").get(0).asDouble()).isEqualTo(0.5);
    // 停火会谈: f01-f12 in April, f04 and f08 undated.
    JsonNode talks = timeline.get("series").get(1);
    assertThat(talks.get("counts").toString()).isEqualTo("[0,0,10,0,0,0,0,0,0,0,0]");
    assertThat(talks.get("undated").asLong()).isEqualTo(2);
  }

  @Test
  void theTimelineRunsOverTheWholeFromToRangeWithZeroPeriods() throws Exception {
    JsonNode timeline = http.json("/api/timeline?variants=off&interval=month&from=2025-01-01&to=2025-06-30&q=" + enc("乌克兰"));
    assertThat(timeline.get("buckets").toString()).isEqualTo(
        "[\"2025-01\",\"2025-02\",\"2025-03\",\"2025-04\",\"2025-05\",\"2025-06\"]");
    assertThat(timeline.get("totals").toString()).isEqualTo("[0,8,1,10,1,0]");
    assertThat(timeline.get("series").get(0).get("counts").toString()).isEqualTo("[0,4,1,0,1,0]");
    assertThat(timeline.get("series").get(0).get("shares").toString()).isEqualTo("[0.0,0.5,1.0,0.0,1.0,0.0]");
    assertThat(timeline.get("series").get(0).get("undated").asLong()).isZero(); // a date filter keeps only dated articles
  }

  @Test
  void aTimelineOfTooManyPeriodsIsA400ThatSaysHowToAskForFewer() throws Exception {
    HttpResponse<String> response = http.get("/api/timeline?interval=day&from=1990-01-01&to=2025-12-31&q=x");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo("too many days from 1990-01-01 to 2025-12-31: 13149");
    assertThat(body.get("detail").asText()).contains("at most 10000 periods; choose a longer interval");
  }

  @Test
  void facetSizeCutsEachFacetAndTheCardinalitySaysHowManyValuesThereAre() throws Exception {
    JsonNode all = http.json("/api/search?variants=off&q=&facetSize=2");
    assertThat(all.get("facets").get("source")).hasSize(2);
    assertThat(all.get("facetCardinality").get("source").asInt()).isEqualTo(9);
    assertThat(all.get("facetCardinality").get("lang").asInt()).isEqualTo(5);
    assertThat(http.json("/api/search?variants=off&q=").get("facets").get("source")).hasSize(9); // the default, 50, lists all
    // Under a source filter the source facet still counts its siblings (multi-select), and so does the cardinality.
    assertThat(http.json("/api/search?variants=off&q=&source=BBC").get("facetCardinality").get("source").asInt()).isEqualTo(9);
  }

  @Test
  void statsDescribeTheWholeIndex() throws Exception {
    JsonNode stats = http.json("/api/stats");
    assertThat(stats.get("articles").asLong()).isEqualTo(24);
    assertThat(stats.get("firstDate").asText()).isEqualTo("2025-02-12");
    assertThat(stats.get("lastDate").asText()).isEqualTo("2025-12-03");
    assertThat(stats.get("generation").asText()).startsWith("gen-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/api/search?q=%22unclosed          | cannot parse query",
      "/api/search?q=a&size=0              | bad size",
      "/api/search?q=a&size=101            | bad size",
      "/api/search?q=a&facetSize=0         | bad facetSize",
      "/api/search?q=a&facetSize=1001      | bad facetSize",
      "/api/search?q=a&page=0              | bad page",
      "/api/search?q=a&page=5000&size=10   | too deep",
      "/api/search?q=a&from=2025-13-01     | bad date from",
      "/api/search?q=a&from=2025-03-02&to=2025-03-01 | is after",
      "/api/search?q=a&sort=popular        | unknown sort",
      "/api/search?q=a&cursor=xyz          | invalid cursor",
      "/api/search?q=a&to=%2B999999999-12-31 | date out of range: to=+999999999-12-31",
      "/api/timeline?q=a&from=-0001-01-01 | date out of range: from=-0001-01-01",
      "/api/search?q=%2Aabc                | cannot parse query",
      "/api/search?q=%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28a | nested",
      "/api/export?q=a&format=xml          | unknown export format",
      "/api/timeline?q=a&interval=hour     | unknown interval",
  })
  void badInputGets400NamingWhatWasWrongAndWhatIsAccepted(String url, String error) throws Exception {
    assertBadRequest(url, error);
  }

  @Test
  void aQueryThatExpandsPastTheClauseLimitIsA400OnEveryEndpoint() throws Exception {
    String words = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining("+"));
    for (String endpoint : java.util.List.of("/api/search", "/api/timeline", "/api/export")) {
      assertBadRequest(endpoint + "?q=" + words, "query too complex");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "本台短评：人生，因崇高信仰而更美 | 0",
      "foo:bar | 0",
      "“泽连斯基 | 1",
      "泽连斯基? | 1",
      "泽连斯基~ | 1",
      "the | 0",
  })
  void pastedTextWithColonsQuotesAndMarksSearchesAsText(String query, long total) throws Exception {
    HttpResponse<String> response = http.get("/api/search?q=" + HttpClientForTests.enc(query.strip()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("total").asLong()).isEqualTo(total);
  }

  private void assertBadRequest(String url, String error) throws Exception {
    HttpResponse<String> response = http.get(url.strip());
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).contains(error.strip());
    assertThat(body.get("detail").asText()).isNotBlank();
  }

  private static Map<String, Long> counts(JsonNode result, String dim) {
    Map<String, Long> counts = new LinkedHashMap<>();
    result.get("facets").get(dim).forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }
}
