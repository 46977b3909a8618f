package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newssearch.search.SearchRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/** Hostile content stays inert and every error is an answer a client can read, over real HTTP. */
class HostileInputHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static TestServer server;
  private static HttpClientForTests http;

  @BeforeAll
  static void serveArticlesWithHostileUrlsAndFormulas() throws Exception {
    server = TestServer.start(TestIndexes.ofJsonLines(dir,
        "{\"id\":\"js\",\"title\":\"停火会谈\",\"body\":\"双方在伊斯坦布尔举行停火会谈。\",\"url\":\"javascript:alert(1)\",\"source\":\"s\"}",
        "{\"id\":\"web\",\"title\":\"停火协议\",\"body\":\"停火协议今日生效。\",\"url\":\"https://example.org/a\",\"source\":\"s\"}",
        "{\"id\":\"formula\",\"title\":\"=HYPERLINK(\\\"http://evil\\\",\\\"停火\\\")\",\"body\":\"@SUM(1+1) 停火协议今日在日内瓦签署，双方同意停火。\",\"source\":\"s\"}"));
    http = server.http();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aJavascriptUrlIsShownAsTextAndAnHttpsUrlAsALink() throws Exception {
    String article = http.get("/articles/js").body();
    assertThat(article).doesNotContain("href=\"javascript:").contains("javascript:alert(1) (not a web address: not a link)");
    assertThat(http.get("/articles/web").body()).contains("<a href=\"https://example.org/a\"");
    String results = http.get("/?q=" + enc("停火")).body();
    assertThat(results).doesNotContain("javascript:").contains("href=\"https://example.org/a\"");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunStartWithAnApostrophe() throws Exception {
    String csv = http.get("/api/export?format=csv&q=" + enc("停火")).body();
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"停火\"\")\"").contains("\"'@SUM(1+1) 停火协议今日在日内瓦签署，双方同意停火。\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/api/search?query=x        | unknown parameter 'query' | accepted: q, SEARCH_PARAMETERS",
      "/api/timeline?q=x&intervl=day | unknown parameter 'intervl' | interval",
      "/api/export?q=x&fromat=csv | unknown parameter 'fromat' | format",
      "/api/stats?verbose=1       | unknown parameter 'verbose' | none on this endpoint",
  })
  void anUnknownParameterIsA400NamingItAndTheAcceptedOnes(String url, String error, String accepted) throws Exception {
    HttpResponse<String> response = http.get(url.strip());
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo(error.strip());
    // The search parameters: q, one per facet (source, lang, ...), then from, to, sort, size, page, cursor.
    String expected = accepted.strip().replace("q, SEARCH_PARAMETERS", String.join(", ", SearchRequest.PARAMETERS));
    assertThat(body.get("detail").asText()).contains(expected);
  }

  @Test
  void notFoundIsJsonUnderApiAndAPageWithAWayHomeElsewhere() throws Exception {
    HttpResponse<String> api = http.get("/api/nothing");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("not found: /api/nothing");
    HttpResponse<String> page = http.get("/nothing");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("There is no page at /nothing").contains("<a href=\"/\">newssearch home</a>");
  }

  @ParameterizedTest(name = "HEAD {0}")
  @CsvSource({"/api/search?q=x, application/json", "/api/stats, application/json", "/, text/html", "/articles/web, text/html",
      "/health, application/json"})
  void headAnswersLikeGetWithoutABody(String path, String type) throws Exception {
    HttpResponse<String> head = http.send("HEAD", path);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void jsonAnswersTellBrowsersNotToSniffAndPagesKeepTheirPolicies() throws Exception {
    assertThat(http.get("/api/search?q=x").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    HttpResponse<String> page = http.get("/");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'none'");
  }

  @Test
  void aQueryOfTwoThousandChineseCharactersGoesThroughAndALongerUrlGetsAJson414() throws Exception {
    HttpResponse<String> longQuery = http.get("/api/search?q=" + enc("停".repeat(2_000)));
    assertThat(longQuery.statusCode()).isEqualTo(200);
    HttpResponse<String> tooLong = http.get("/api/search?q=" + "x".repeat(40_000));
    assertThat(tooLong.statusCode()).isIn(414, 431);
    assertThat(tooLong.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(tooLong.body()).get("error").asText()).isEqualTo("URL too long: over 32768 bytes");
  }

  @Test
  void aNulByteInThePathIsAJson400() throws Exception {
    HttpResponse<String> response = http.get("/api/articles/a%00b");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith("bad request");
  }
}
