package org.newssearch.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What {@code /api/docs} shows ({@code apidocs.jte}): the OpenAPI description read back for people, so
 * that the page says exactly what {@code /api/openapi.json} does.
 *
 * @param endpoints every path and method, in the description's order
 * @param errors every error status with when it happens
 */
public record ApiDocsView(String title, String description, List<Endpoint> endpoints, List<ErrorStatus> errors) {

  /** Where the examples send requests: {@code ./newssearch serve}'s default address. */
  static final String EXAMPLE_HOST = "http://127.0.0.1:8080";

  /**
   * One endpoint.
   *
   * @param anchor the fragment that links to it
   * @param exampleUrl a request to try (a link), or null when the path needs a value (an article's id)
   * @param exampleCommand a command line to try, or null
   * @param answer the answer's media types and, for JSON, its top-level fields
   * @param errors the error statuses it may answer
   */
  public record Endpoint(String method, String path, String anchor, String summary, String description,
      List<Param> params, String exampleUrl, String exampleCommand, String answer, String errors) {}

  /**
   * One parameter.
   *
   * @param accepted its type, bounds and accepted values in words
   */
  public record Param(String name, String in, String accepted, String description) {}

  /** An error status and when it happens. */
  public record ErrorStatus(String status, String description) {}

  /** Reads {@code document}, an OpenAPI description as {@link OpenApiDocument} builds it. */
  static ApiDocsView of(JsonNode document) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Entry<String, JsonNode> method : path.getValue().properties()) {
        endpoints.add(endpoint(document, path.getKey(), method.getKey(), method.getValue()));
      }
    }
    List<ErrorStatus> errors = document.at("/components/responses").properties().stream()
        .map(e -> new ErrorStatus(e.getKey(), e.getValue().get("description").asText())).toList();
    JsonNode info = document.get("info");
    return new ApiDocsView(info.get("title").asText(), info.get("description").asText(), endpoints, errors);
  }

  private static Endpoint endpoint(JsonNode document, String path, String method, JsonNode operation) {
    List<Param> params = new ArrayList<>();
    StringBuilder query = new StringBuilder();
    for (JsonNode p : operation.get("parameters")) {
      params.add(new Param(p.get("name").asText(), p.get("in").asText(), accepted(p.get("schema"), p.path("required").asBoolean()),
          p.get("description").asText()));
      if (p.has("example")) {
        query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=')
            .append(URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
      }
    }
    JsonNode body = operation.at("/requestBody/content/application~1json");
    for (Entry<String, JsonNode> key : body.path("schema").path("properties").properties()) {
      params.add(new Param(key.getKey(), "body", accepted(key.getValue(), false), key.getValue().get("description").asText()));
    }
    boolean get = method.equals("get");
    String exampleUrl = get && !path.contains("{") ? path + query : null;
    String exampleCommand = body.has("example")
        ? "curl -H 'Content-Type: application/json' -d '" + body.get("example") + "' " + EXAMPLE_HOST + path
        : null;
    List<String> errors = new ArrayList<>();
    operation.get("responses").fieldNames().forEachRemaining(errors::add);
    errors.remove("200");
    return new Endpoint(method.toUpperCase(java.util.Locale.ROOT), path, method + path.replaceAll("[^A-Za-z0-9]+", "-"),
        operation.get("summary").asText(), operation.get("description").asText(), params, exampleUrl, exampleCommand,
        answer(document, operation.at("/responses/200/content")), String.join(", ", errors));
  }

  /** A schema's type, bounds and accepted values in words: "one of relevance, date, date_asc; default relevance". */
  static String accepted(JsonNode schema, boolean required) {
    List<String> words = new ArrayList<>();
    if (schema.has("oneOf")) {
      schema = schema.get("oneOf").get(0); // a body key: one value, or an array of them
      words.add("repeatable (an array)");
    }
    if (schema.path("type").asText().equals("array")) {
      words.add(schema.has("maxItems")
          ? "repeat " + schema.path("minItems").asInt(0) + " to " + schema.get("maxItems").asInt() + " times" : "repeatable");
      schema = schema.get("items");
    }
    if (schema.has("enum")) {
      words.add(0, "one of " + StreamSupport.stream(schema.get("enum").spliterator(), false).map(JsonNode::asText)
          .collect(Collectors.joining(", ")));
    } else if (schema.path("format").asText().equals("date")) {
      words.add(0, "ISO date from " + schema.path("x-minimum").asText() + " to " + schema.path("x-maximum").asText());
    } else if (schema.has("minimum")) {
      words.add(0, "whole number from " + schema.get("minimum").asText() + " to " + schema.get("maximum").asText());
    } else {
      words.add(0, schema.has("maxLength") ? "text, at most " + schema.get("maxLength").asText() + " characters" : "text");
    }
    if (schema.has("default")) {
      words.add("default " + schema.get("default").asText());
    }
    if (required) {
      words.add("required");
    }
    return String.join("; ", words);
  }

  private static String answer(JsonNode document, JsonNode content) {
    List<String> answers = new ArrayList<>();
    for (Entry<String, JsonNode> media : content.properties()) {
      JsonNode schema = media.getValue().get("schema");
      String ref = schema.path("$ref").asText();
      if (ref.isEmpty()) {
        answers.add(media.getKey());
      } else {
        JsonNode fields = document.at(ref.substring(1)).get("properties");
        answers.add(media.getKey() + " " + ref.substring(ref.lastIndexOf('/') + 1) + " {"
            + String.join(", ", (Iterable<String>) fields::fieldNames) + "}");
      }
    }
    return String.join("; ", answers);
  }
}
