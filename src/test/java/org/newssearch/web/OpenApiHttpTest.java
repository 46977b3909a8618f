package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map.Entry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newssearch.TestIndexes;
import org.newssearch.index.Facet;
import org.newssearch.search.SearchRequest;

/**
 * The API's own description, {@code /api/openapi.json}, held to the live routes of the real server:
 * every documented path, method and parameter is answered, nothing else is, and every route under
 * {@code /api} is documented.
 */
class OpenApiHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;
  private static HttpClientForTests http;
  private static JsonNode description;
  /** An article that exists, for {@code /api/articles/{id}}. */
  private static String someId;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestIndexes.searchArticles());
    http = server.http();
    HttpResponse<String> response = http.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    description = JSON.readTree(response.body());
    someId = http.json("/api/search?size=1").at("/hits/0/id").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** One documented operation: its path and method and the operation object. */
  private record Operation(String path, String method, JsonNode spec) {

    /** The path with its {id} filled, and the required query parameters with working values. */
    String url(String extraParams) {
      StringBuilder url = new StringBuilder(path.replace("{id}", enc(someId)));
      List<String> params = new ArrayList<>();
      for (JsonNode p : spec.get("parameters")) {
        if (p.get("in").asText().equals("query") && p.path("required").asBoolean()) {
          params.add(p.get("name").asText() + "=" + enc(sample(p)));
        }
      }
      if (!extraParams.isEmpty()) {
        params.add(extraParams);
      }
      return params.isEmpty() ? url.toString() : url.append('?').append(String.join("&", params)).toString();
    }
  }

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Entry<String, JsonNode> path : description.get("paths").properties()) {
      for (Entry<String, JsonNode> method : path.getValue().properties()) {
        operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
      }
    }
    return operations;
  }

  private static List<Operation> gets() {
    return operations().stream().filter(o -> o.method.equals("get")).toList();
  }

  /** A value the parameter accepts: its example, else its default, else its lowest, else some text. */
  private static String sample(JsonNode parameter) {
    JsonNode schema = parameter.get("schema");
    JsonNode value = schema.has("items") ? schema.get("items") : schema;
    return parameter.has("example") ? parameter.get("example").asText()
        : value.has("default") ? value.get("default").asText()
        : value.has("minimum") ? value.get("minimum").asText() : "x";
  }

  private static HttpResponse<String> call(Operation operation, String extraParams) throws Exception {
    String url = operation.url(extraParams);
    if (operation.method.equals("post")) {
      return http.postJson(url, operation.spec.at("/requestBody/content/application~1json/example").toString());
    }
    return http.send(operation.method.toUpperCase(Locale.ROOT), url);
  }

  private static boolean refusedAsUnknown(HttpResponse<String> response) throws Exception {
    return response.statusCode() == 400 && JSON.readTree(response.body()).get("error").asText().startsWith("unknown parameter");
  }

  @Test
  void everyDocumentedPathAndMethodAnswersWithItsExample() throws Exception {
    assertThat(operations()).hasSizeGreaterThanOrEqualTo(8);
    for (Operation operation : operations()) {
      HttpResponse<String> response = call(operation, "");
      assertThat(response.statusCode()).as(operation.method + " " + operation.url("")).isEqualTo(200);
      if (operation.method.equals("get")) {
        assertThat(http.send("HEAD", operation.url("")).statusCode()).as("HEAD " + operation.path).isEqualTo(200);
      }
    }
  }

  @Test
  void everyDocumentedQueryParameterIsAccepted() throws Exception {
    for (Operation operation : gets()) {
      for (JsonNode parameter : operation.spec.get("parameters")) {
        if (parameter.get("in").asText().equals("query") && !parameter.path("required").asBoolean()) {
          String param = parameter.get("name").asText() + "=" + enc(sample(parameter));
          HttpResponse<String> response = call(operation, param);
          assertThat(refusedAsUnknown(response)).as(operation.path + "?" + param + ": " + response.body()).isFalse();
        }
      }
    }
  }

  @Test
  void everyDocumentedBodyKeyIsAccepted() throws Exception {
    JsonNode body = description.at("/paths/~1api~1search/post/requestBody/content/application~1json/schema/properties");
    assertThat(body.size()).isEqualTo(SearchRequest.PARAMETERS.size());
    for (Entry<String, JsonNode> key : body.properties()) {
      HttpResponse<String> response = http.postJson("/api/search", JSON.createObjectNode().put(key.getKey(), "1").toString());
      assertThat(refusedAsUnknown(response)).as(key.getKey() + ": " + response.body()).isFalse();
    }
  }

  @Test
  void anUndocumentedParameterIsRefusedEverywhere() throws Exception {
    for (Operation operation : gets()) {
      HttpResponse<String> response = call(operation, "undocumented=1");
      assertThat(refusedAsUnknown(response)).as(operation.path + ": " + response.body()).isTrue();
      assertThat(response.body()).contains("'undocumented'");
    }
    assertThat(http.postJson("/api/search", "{\"undocumented\": 1}").statusCode()).isEqualTo(400);
  }

  @Test
  void everyRouteUnderApiIsDocumented() {
    List<WebServer.Route> api = server.server().routes().stream().filter(r -> r.path().startsWith("/api/")).toList();
    assertThat(api).isNotEmpty();
    for (WebServer.Route route : api) {
      String method = route.method().equals("HEAD") ? "get" : route.method().toLowerCase(Locale.ROOT);
      assertThat(description.at("/paths").path(route.path()).has(method)).as(route.toString()).isTrue();
    }
  }

  @Test
  void theSearchParametersAreSearchRequestsAndTheFacetFiltersComeFromTheRegistry() {
    JsonNode parameters = description.at("/paths/~1api~1search/get/parameters");
    List<String> names = new ArrayList<>();
    parameters.forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).isEqualTo(SearchRequest.PARAMETERS);
    parameters.forEach(p -> assertThat(p.get("description").asText()).as(p.get("name").asText())
        .isNotEqualTo(ApiParameter.UNDESCRIBED));
    for (Facet facet : Facet.values()) {
      JsonNode parameter = parameters.get(names.indexOf(facet.field));
      assertThat(parameter.get("description").asText()).startsWith(facet.label);
      assertThat(parameter.at("/schema/type").asText()).isEqualTo("array");
      assertThat(description.at("/components/schemas/SearchResult/properties/facets/properties").has(facet.field)).isTrue();
    }
  }

  @Test
  void boundsAndAcceptedValuesAreThoseTheServerChecks() {
    JsonNode parameters = description.at("/paths/~1api~1search/get/parameters");
    JsonNode size = find(parameters, "size").get("schema");
    assertThat(size.get("minimum").asInt()).isEqualTo(1);
    assertThat(size.get("maximum").asInt()).isEqualTo(SearchRequest.MAX_SIZE);
    assertThat(find(parameters, "q").at("/schema/maxLength").asInt()).isEqualTo(SearchRequest.MAX_QUERY_CHARS);
    assertThat(find(parameters, "sort").at("/schema/enum").toString()).isEqualTo("[\"relevance\",\"date\",\"date_asc\"]");
    assertThat(find(parameters, "from").at("/schema/format").asText()).isEqualTo("date");
    assertThat(find(description.at("/paths/~1api~1timeline/get/parameters"), "interval").at("/schema/enum").toString())
        .isEqualTo("[\"day\",\"week\",\"month\",\"year\"]");
    assertThat(find(description.at("/paths/~1api~1export/get/parameters"), "format").at("/schema/enum").toString())
        .isEqualTo("[\"csv\",\"jsonl\"]");
    assertThat(description.at("/components/responses").properties().stream().map(Entry::getKey))
        .contains("400", "404", "413", "414", "503");
  }

  @Test
  void theAnswersHaveTheFieldsTheDescriptionNames() throws Exception {
    JsonNode result = http.json("/api/search?q=" + enc("乌克兰"));
    assertThat(fieldsOf(result)).isEqualTo(fieldsOf(description.at("/components/schemas/SearchResult/properties")));
    assertThat(fieldsOf(result.at("/hits/0"))).isEqualTo(fieldsOf(description.at("/components/schemas/Hit/properties")));
    assertThat(fieldsOf(http.json("/api/articles/" + enc(someId))))
        .isEqualTo(fieldsOf(description.at("/components/schemas/ArticleJson/properties")));
    assertThat(fieldsOf(http.json("/api/stats"))).isEqualTo(fieldsOf(description.at("/components/schemas/IndexStats/properties")));
    // The error body is written from a Map.of, whose order varies from one JVM to the next.
    assertThat(fieldsOf(http.json("/api/nothing-here")))
        .containsExactlyInAnyOrderElementsOf(fieldsOf(description.at("/components/schemas/Error/properties")));
  }

  @Test
  void theDocsPageListsEveryEndpointAndParameterWithoutScript() throws Exception {
    HttpResponse<String> page = http.get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(Layout.CSP);
    assertThat(page.body()).doesNotContainIgnoringCase("<script");
    for (Operation operation : operations()) {
      assertThat(page.body()).contains("<code>" + operation.method.toUpperCase(Locale.ROOT) + " " + operation.path + "</code>");
    }
    for (String parameter : SearchRequest.PARAMETERS) {
      assertThat(page.body()).contains("<code>" + parameter + "</code>");
    }
    assertThat(page.body()).contains("whole number from 1 to " + SearchRequest.MAX_SIZE).contains("one of relevance, date, date_asc");
  }

  private static JsonNode find(JsonNode parameters, String name) {
    for (JsonNode p : parameters) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name);
  }

  private static List<String> fieldsOf(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
