package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/** {@code POST /api/search} with the GET parameters as a JSON body, over HTTP against the real server. */
class SearchByBodyHttpTest {

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

  private static JsonNode post(String body) throws Exception {
    HttpResponse<String> response = http.postJson("/api/search", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return withoutTime(JSON.readTree(response.body()));
  }

  private static JsonNode withoutTime(JsonNode result) {
    ((ObjectNode) result).remove("tookMs");
    return result;
  }

  @Test
  void aBodyGetsTheSameAnswerAsTheSameParametersInTheUrl() throws Exception {
    JsonNode byBody = post("{\"q\": \"乌克兰\", \"lang\": [\"zh-Hans\", \"zh-Hant\"], \"sort\": \"date\", \"size\": 3,"
        + " \"from\": \"2000-01-01\", \"source\": null}");
    JsonNode byUrl = withoutTime(http.json("/api/search?q=" + enc("乌克兰") + "&lang=zh-Hans&lang=zh-Hant&sort=date&size=3&from=2000-01-01"));
    assertThat(byBody.get("total").asLong()).isGreaterThan(3);
    assertThat(byBody).isEqualTo(byUrl);
  }

  @Test
  void aBodyWalksEveryHitWithTheCursor() throws Exception {
    long total = post("{}").get("total").asLong();
    int seen = 0;
    String cursor = null;
    do {
      ObjectNode body = JSON.createObjectNode().put("size", "5");
      if (cursor != null) {
        body.put("cursor", cursor);
      }
      JsonNode page = post(body.toString());
      seen += page.get("hits").size();
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    assertThat(seen).isEqualTo(total).isGreaterThan(5);
  }

  @ParameterizedTest(name = "{0} is a 400: {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"query\": \"普京\"}                 | unknown parameter 'query'",
      "{\"q\": \"普京\"                      | malformed JSON",
      "{'q': 1}                            | malformed JSON",
      "{\"q\": \"a\"} {\"q\": \"b\"}        | malformed JSON",
      "{\"q\": \"a\", \"q\": \"b\"}         | malformed JSON",
      "''                                  | the body is empty",
      "[\"q\"]                             | the body is a JSON array, not an object",
      "\"q\"                               | the body is a JSON string, not an object",
      "{\"q\": [\"a\", \"b\"]}              | 'q' is an array",
      "{\"size\": true}                    | 'size' is a boolean",
      "{\"size\": {\"n\": 1}}              | 'size' is an object",
      "{\"lang\": [\"en\", 1]}              | 'lang' is an array holding a number",
      "{\"lang\": [[\"en\"]]}               | 'lang' is an array holding an array",
      "{\"size\": 1000}                    | bad size=1000",
      "{\"size\": 2.5}                     | bad size=2.5",
      "{\"sort\": \"newest\"}              | unknown sort 'newest'",
      "{\"from\": \"2025-13-01\"}          | bad date from=2025-13-01",
  })
  void aBadBodyIsA400ThatSaysWhatIsWrong(String body, String error) throws Exception {
    HttpResponse<String> response = http.postJson("/api/search", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.get("error").asText()).contains(error);
    assertThat(answer.get("detail").asText()).isNotBlank();
  }

  @Test
  void anUnknownKeyIsNamedWithTheAcceptedOnes() throws Exception {
    JsonNode answer = JSON.readTree(http.postJson("/api/search", "{\"query\": \"普京\"}").body());
    assertThat(answer.get("detail").asText()).contains("q, source, lang").contains("cursor");
  }

  @Test
  void parametersInTheUrlOfAPostAreRefused() throws Exception {
    assertThat(http.postJson("/api/search?q=x", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void aBodyOver64KbIsRefusedWithJson() throws Exception {
    String big = "{\"q\": \"" + "a".repeat(70 * 1024) + "\"}";
    HttpResponse<String> response = http.postJson("/api/search", big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains("over 64 KB");
  }

  @Test
  void aQueryOver2000CharactersInABodyIsA400LikeInTheUrl() throws Exception {
    HttpResponse<String> response = http.postJson("/api/search", "{\"q\": \"" + "乌".repeat(2001) + "\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("query too long");
  }
}
