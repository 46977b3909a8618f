package org.newssearch.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.newssearch.search.BadRequestException;

/**
 * A JSON body read as the parameters of a URL, so that {@code POST /api/search} answers exactly as
 * {@code GET} does: {@code {"q": "乌克兰", "size": 20}} is {@code q=乌克兰&size=20}, and a facet's array of
 * values is that parameter repeated.
 */
final class JsonBodyParameters {

  /** A duplicate key would be one value silently dropped: it is refused instead. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String EXAMPLE = "a JSON object such as {\"q\": \"乌克兰\", \"size\": 20}";

  private JsonBodyParameters() {}

  /**
   * The parameters in {@code body}: each key one of {@code accepted}, each value a string or number,
   * or an array of strings for a parameter that may be repeated; null leaves it out.
   *
   * @throws BadRequestException for malformed JSON, an unknown key or a value of the wrong type
   */
  static Map<String, List<String>> read(byte[] body, List<ApiParameter> accepted) {
    JsonNode root = parse(body);
    if (!root.isObject()) {
      throw new BadRequestException("the body is a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
          + ", not an object", "send " + EXAMPLE);
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Entry<String, JsonNode> field : root.properties()) {
      ApiParameter parameter = accepted.stream().filter(p -> p.name().equals(field.getKey())).findFirst()
          .orElseThrow(() -> ApiHandlers.unknown("parameter", field.getKey(),
              String.join(", ", accepted.stream().map(ApiParameter::name).toList())));
      List<String> values = values(parameter, field.getValue());
      if (!values.isEmpty()) {
        params.put(parameter.name(), values);
      }
    }
    return params;
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new BadRequestException("the body is empty", "send " + EXAMPLE + "; {} finds every article");
      }
      return root;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BadRequestException("malformed JSON" + where + ": " + e.getOriginalMessage(), "send " + EXAMPLE);
    } catch (IOException e) {
      throw new BadRequestException("the body cannot be read as JSON", "send " + EXAMPLE + " in UTF-8");
    }
  }

  private static List<String> values(ApiParameter parameter, JsonNode value) {
    if (value.isNull()) {
      return List.of();
    }
    if (value.isTextual() || value.isNumber()) {
      return List.of(value.asText());
    }
    if (value.isArray() && parameter.repeatable()) {
      List<String> values = new ArrayList<>();
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          throw wrongType(parameter, "an array holding " + kind(element));
        }
        values.add(element.asText());
      }
      return values;
    }
    throw wrongType(parameter, kind(value));
  }

  private static BadRequestException wrongType(ApiParameter parameter, String got) {
    String accepted = parameter.repeatable() ? "a string or an array of strings" : "a string or a number";
    return new BadRequestException("'" + parameter.name() + "' is " + got, "accepted: " + accepted);
  }

  /** "an array", "a boolean", ...: what a value is, for the message. */
  private static String kind(JsonNode node) {
    String type = node.isObject() ? "object" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
  }
}
