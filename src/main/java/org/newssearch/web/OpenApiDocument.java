package org.newssearch.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.search.IndexStats;
import org.newssearch.search.SearchResult;
import org.newssearch.search.Timeline;

/**
 * The OpenAPI 3.1 description of the JSON API ({@code /api/openapi.json}), built as a Jackson tree:
 * parameters from {@link ApiParameter}, answers from the records Jackson writes ({@link RecordSchemas}).
 * {@code /api/docs} renders the same tree for people; {@code OpenApiHttpTest} holds it to the live routes.
 */
final class OpenApiDocument {

  static final String JSON_PATH = "/api/openapi.json";
  static final String DOCS_PATH = "/api/docs";
  /** {@code POST /api/search} reads at most this much body: the parameters are short. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectNode DOCUMENT = build();
  private static final String TEXT = DOCUMENT.toPrettyString();

  private OpenApiDocument() {}

  /** The description; callers must not change it. */
  static ObjectNode document() {
    return DOCUMENT;
  }

  /** The description as the JSON that {@code /api/openapi.json} sends. */
  static String text() {
    return TEXT;
  }

  private static ObjectNode build() {
    RecordSchemas records = new RecordSchemas();
    ObjectNode doc = JSON.objectNode().put("openapi", "3.1.0");
    doc.putObject("info").put("title", "newssearch API").put("version", "1")
        .put("description", "Full-text search over multilingual conflict news: JSON over HTTP, UTF-8. HEAD works "
            + "wherever GET does. Every error of /api/* is {\"error\", \"detail\"}: what was wrong, naming the bad "
            + "value, and what is accepted.");
    ObjectNode paths = doc.putObject("paths");
    List<ApiParameter> search = ApiParameter.search();
    ObjectNode result = records.ref(SearchResult.class);
    listFacets(records.schemaOf(SearchResult.class));
    paths.putObject("/api/search").set("get", operation("search", "One page of hits with facet counts",
        "Ranked hits with highlighted snippets (HTML-escaped; <mark> is the only markup), facet counts that follow "
            + "every filter but a facet's own, and nextCursor to walk on (null on the last page).",
        search, json(result), "400", "414", "503"));
    ((ObjectNode) paths.get("/api/search")).set("post", searchByBody(search, result));
    paths.putObject("/api/articles/{id}").set("get", operation("article", "One whole article",
        "Its metadata, provenance (origin, author, the raw file) and text.",
        List.of(), json(records.ref(ArticleJson.class)), "400", "404", "414"));
    ((ArrayNode) paths.get("/api/articles/{id}").get("get").get("parameters")).add(JSON.objectNode()
        .put("name", "id").put("in", "path").put("required", true)
        .put("description", "An id from the hits of /api/search.").set("schema", JSON.objectNode().put("type", "string")));
    paths.putObject("/api/timeline").set("get", operation("timeline", "Attention over time",
        "For 1 to " + Timeline.MAX_QUERIES + " queries side by side, matching dated articles per interval and their share of all articles in "
            + "that interval under the same filters; every interval from the first to the last, zeros included.",
        ApiParameter.timeline(), json(records.ref(Timeline.class)), "400", "414", "503"));
    paths.putObject("/api/export").set("get", operation("export", "Every match, streamed",
        "In the request's sort order, no cap. At most a few exports stream at once (serve --max-exports): one more "
            + "is a 503 with Retry-After.", ApiParameter.export(), exportContent(records), "400", "414", "503"));
    paths.putObject("/api/stats").set("get", operation("stats", "What the serving index holds",
        "Number of articles, articles per source and language, the date range and the index generation.",
        List.of(), json(records.ref(IndexStats.class)), "400", "414"));
    paths.putObject(JSON_PATH).set("get", operation("openapi", "This description",
        "The OpenAPI 3.1 description of the API; " + DOCS_PATH + " is the same for people.",
        List.of(), json(JSON.objectNode().put("type", "object")), "400"));
    paths.putObject(DOCS_PATH).set("get", operation("docs", "This description as a web page",
        "Every endpoint with its parameters and an example.", List.of(),
        content("text/html", JSON.objectNode().put("type", "string")), "400"));
    ObjectNode components = doc.putObject("components");
    components.set("schemas", records.components());
    ((ObjectNode) components.get("schemas")).set("Error", errorSchema());
    components.set("responses", errorResponses());
    return doc;
  }

  /** The facets of a search answer: one list per facet of the registry, then the dates. */
  private static void listFacets(ObjectNode searchResult) {
    ObjectNode facets = (ObjectNode) searchResult.get("properties").get("facets");
    ObjectNode counts = (ObjectNode) facets.get("additionalProperties");
    ObjectNode properties = facets.putObject("properties");
    Facet.fields().forEach(field -> properties.set(field, counts));
    properties.set(Schema.DATE, counts);
    facets.put("description", "Per facet (" + String.join(", ", Facet.fields()) + "), the values of the matches with "
        + "their counts; then " + Schema.DATE + ", per day, ISO week, month or year to suit the span of the matches.");
  }

  private static ObjectNode operation(String id, String summary, String description, List<ApiParameter> parameters,
      ObjectNode ok, String... errors) {
    ObjectNode operation = JSON.objectNode().put("operationId", id).put("summary", summary).put("description", description);
    ArrayNode list = operation.putArray("parameters");
    for (ApiParameter p : parameters) {
      ObjectNode parameter = list.addObject().put("name", p.name()).put("in", "query").put("required", p.required())
          .put("description", p.description());
      if (p.repeatable()) {
        parameter.put("style", "form").put("explode", true); // source=a&source=b
      }
      parameter.set("schema", p.schema());
      if (p.example() != null) {
        parameter.put("example", p.example());
      }
    }
    operation.set("responses", responses(ok, errors));
    return operation;
  }

  /** {@code POST /api/search}: the GET parameters as the keys of a JSON object. */
  private static ObjectNode searchByBody(List<ApiParameter> search, ObjectNode result) {
    ObjectNode body = JSON.objectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode properties = body.putObject("properties");
    ObjectNode example = JSON.objectNode();
    for (ApiParameter p : search) {
      ObjectNode value = p.valueSchema().deepCopy();
      if (p.repeatable()) {
        ObjectNode oneOrMore = properties.putObject(p.name()).put("description", p.description());
        oneOrMore.putArray("oneOf").add(value).add(p.schema());
      } else {
        properties.set(p.name(), value.put("description", p.description()));
      }
      if (p.example() != null) {
        if (value.path("type").asText().equals("integer")) {
          example.put(p.name(), Integer.parseInt(p.example()));
        } else {
          example.put(p.name(), p.example());
        }
      }
    }
    ObjectNode operation = JSON.objectNode().put("operationId", "searchByBody")
        .put("summary", "Search with the parameters in a JSON body")
        .put("description", "The same answer as GET /api/search with the same parameters: each key a parameter, "
            + "its value a string or number, or an array of strings where the parameter may be repeated; null is "
            + "the same as leaving it out. At most " + MAX_BODY_BYTES / 1024 + " KB.");
    operation.putArray("parameters");
    ObjectNode media = operation.putObject("requestBody").put("required", true)
        .putObject("content").putObject("application/json");
    media.set("schema", body);
    media.set("example", example);
    operation.set("responses", responses(json(result), "400", "413", "503"));
    return operation;
  }

  private static ObjectNode exportContent(RecordSchemas records) {
    ObjectNode content = JSON.objectNode();
    for (ExportFormat format : ExportFormat.values()) {
      String type = format.contentType().replaceFirst(";.*", "");
      ObjectNode schema = format == ExportFormat.JSONL ? records.ref(ArticleJson.class)
          : JSON.objectNode().put("type", "string");
      content.putObject(type).set("schema", schema.put("description", "format=" + format.extension()));
    }
    return content;
  }

  private static ObjectNode json(ObjectNode schema) {
    return content("application/json", schema);
  }

  private static ObjectNode content(String mediaType, ObjectNode schema) {
    ObjectNode content = JSON.objectNode();
    content.putObject(mediaType).set("schema", schema);
    return content;
  }

  private static ObjectNode responses(ObjectNode okContent, String... errors) {
    ObjectNode responses = JSON.objectNode();
    responses.putObject("200").put("description", "OK").set("content", okContent);
    for (String status : errors) {
      responses.putObject(status).put("$ref", "#/components/responses/" + status);
    }
    return responses;
  }

  private static ObjectNode errorSchema() {
    ObjectNode schema = JSON.objectNode().put("type", "object").put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("error").put("type", "string").put("description", "What was wrong, naming the bad value.");
    properties.putObject("detail").put("type", "string").put("description", "What is accepted, or what to do.");
    schema.putArray("required").add("error").add("detail");
    return schema;
  }

  /** The error answers, by status: each an {@code Error} body. */
  private static ObjectNode errorResponses() {
    ObjectNode responses = JSON.objectNode();
    error(responses, "400", "A bad request: an unknown parameter (the accepted ones are listed), an unparseable "
        + "query, a bad date, sort, interval or format, a size or page out of range, an invalid or expired cursor.");
    error(responses, "404", "No such article, or no such path under /api.");
    error(responses, "413", "The body is over " + MAX_BODY_BYTES / 1024 + " KB.");
    error(responses, "414", "The request line is over " + WebServer.MAX_URL_BYTES / 1024 + " KB (431 for the headers).");
    ObjectNode busy = error(responses, "503", "The request ran past its time budget, or too many exports are running.");
    busy.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before trying again.")
        .set("schema", JSON.objectNode().put("type", "integer"));
    return responses;
  }

  private static ObjectNode error(ObjectNode responses, String status, String description) {
    ObjectNode response = responses.putObject(status).put("description", description);
    response.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/Error");
    return response;
  }
}
