package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/**
 * Names in every spelling over HTTP: {@code variants} on every endpoint that searches, the answer's
 * {@code expansions}, and the form's "also searched" and "Exact spelling" box, on the real server over
 * the 15 articles of src/test/resources/names/articles.jsonl (8 name Zelensky, 2 as 泽连斯基).
 */
class NameVariantsHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String Q = "q=" + enc("泽连斯基");
  private static TestServer server;
  private static HttpClientForTests http;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestIndexes.build(List.of(Path.of("src/test/resources/names/articles.jsonl"))));
    http = server.http();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void aSearchAnswersWhatItAlsoSearched() throws Exception {
    JsonNode result = http.json("/api/search?" + Q);
    assertThat(result.get("total").asLong()).isEqualTo(8);
    JsonNode expansion = result.get("expansions").get(0);
    assertThat(result.get("expansions")).hasSize(1);
    assertThat(expansion.get("text").asText()).isEqualTo("泽连斯基");
    assertThat(expansion.get("entity").asText()).isEqualTo("volodymyr-zelensky");
    assertThat(JSON.convertValue(expansion.get("variants"), List.class)).contains("澤倫斯基", "Zelensky", "Зеленський");
  }

  @ParameterizedTest(name = "{0}: {1} articles with variants on, {2} with off")
  @CsvSource({"/api/search?, 8, 2", "/api/export?format=jsonl&, 8, 2", "/api/timeline?interval=year&, 8, 2"})
  void everySearchingEndpointTakesVariants(String endpoint, int on, int off) throws Exception {
    assertThat(matches(endpoint, "")).isEqualTo(on);
    assertThat(matches(endpoint, "&variants=on")).isEqualTo(on);
    assertThat(matches(endpoint, "&variants=off")).isEqualTo(off);
  }

  private static long matches(String endpoint, String variants) throws Exception {
    HttpResponse<String> response = http.get(endpoint + Q + variants);
    assertThat(response.statusCode()).isEqualTo(200);
    if (endpoint.contains("export")) {
      return response.body().lines().count();
    }
    JsonNode json = JSON.readTree(response.body());
    return json.has("total") ? json.get("total").asLong() : json.get("series").get(0).get("total").asLong();
  }

  @Test
  void variantsOffAnswersNoExpansionsAndThePostBodyTakesItToo() throws Exception {
    assertThat(http.json("/api/search?" + Q + "&variants=off").get("expansions")).isEmpty();
    HttpResponse<String> posted = http.postJson("/api/search", "{\"q\": \"泽连斯基\", \"variants\": \"off\"}");
    assertThat(JSON.readTree(posted.body()).get("total").asLong()).isEqualTo(2);
  }

  @ParameterizedTest(name = "variants={0} is a 400")
  @CsvSource({"yes", "OFF", "0"})
  void aBadVariantsValueIsA400ThatSaysWhatIsAccepted(String value) throws Exception {
    for (String endpoint : List.of("/api/search?", "/api/export?", "/api/timeline?")) {
      HttpResponse<String> response = http.get(endpoint + Q + "&variants=" + value);
      assertThat(response.statusCode()).as(endpoint).isEqualTo(400);
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.get("error").asText()).isEqualTo("bad variants=" + value);
      assertThat(error.get("detail").asText())
          .isEqualTo("accepted: on (a name in every spelling, the default), off (each word only as written)");
    }
  }

  @Test
  void theFormSaysWhatWasAlsoSearchedAndOffersTheExactSpelling() throws Exception {
    String page = http.get("/?" + Q).body();
    assertThat(page).contains("<strong class=\"total\">8 stories in 8 articles</strong>").contains("also searched:")
        .contains("<strong>泽连斯基</strong>: ").contains("澤倫斯基").contains("Зеленський")
        .contains("<a href=\"/?q=%E6%B3%BD%E8%BF%9E%E6%96%AF%E5%9F%BA&amp;variants=off\">search the exact spelling only</a>")
        .contains("<input type=\"checkbox\" name=\"variants\" value=\"off\"> Exact spelling");
    String exact = http.get("/?" + Q + "&variants=off").body();
    assertThat(exact).contains("<strong class=\"total\">2 stories in 2 articles</strong>").doesNotContain("also searched:")
        .contains("<input type=\"checkbox\" name=\"variants\" value=\"off\" checked> Exact spelling");
  }

  @Test
  void theApiDescriptionHasTheParameterAndTheExpansions() throws Exception {
    JsonNode doc = http.json("/api/openapi.json");
    JsonNode variants = null;
    for (JsonNode parameter : doc.at("/paths/~1api~1search/get/parameters")) {
      if (parameter.get("name").asText().equals("variants")) {
        variants = parameter;
      }
    }
    assertThat(variants).isNotNull();
    assertThat(variants.at("/schema/enum").toString()).isEqualTo("[\"on\",\"off\"]");
    assertThat(variants.at("/schema/default").asText()).isEqualTo("on");
    List<String> fields = new java.util.ArrayList<>();
    doc.at("/components/schemas/Expansion/properties").fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("text", "entity", "variants");
    assertThat(doc.at("/components/schemas/SearchResult/properties/expansions").isMissingNode()).isFalse();
  }

  @Test
  void theArticleViewMarksTheSpellingTheArticleUses() throws Exception {
    assertThat(http.get("/articles/n02?" + Q).body()).contains("<mark>澤倫斯基</mark>");
    assertThat(http.get("/articles/n02?" + Q + "&variants=off").body()).doesNotContain("<mark>");
  }
}
