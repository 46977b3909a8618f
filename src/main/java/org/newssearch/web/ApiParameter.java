package org.newssearch.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newssearch.index.Facet;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SortOrder;
import org.newssearch.search.Timeline;

/**
 * One parameter of the JSON API as its description gives it: the names come from
 * {@link SearchRequest#PARAMETERS} and the facet registry, the bounds and accepted values from the
 * constants and enums that check them, so a new facet or limit shows up without an edit here.
 *
 * @param name the query parameter (and JSON body key of {@code POST /api/search})
 * @param required whether the endpoint refuses a request without it
 * @param schema its JSON Schema: an array of values when it may be repeated
 * @param description what it does, for people
 * @param example a value that works against the sample data, or {@code null}
 */
record ApiParameter(String name, boolean required, ObjectNode schema, String description, String example) {

  /** Said of a parameter that {@link SearchRequest} reads but nobody described yet; a test refuses it. */
  static final String UNDESCRIBED = "(not described yet)";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The parameters of {@code /api/search}, in {@link SearchRequest#PARAMETERS}'s order. */
  static List<ApiParameter> search() {
    return SearchRequest.PARAMETERS.stream().map(ApiParameter::searchParameter).toList();
  }

  /** The parameters of {@code /api/timeline}: several queries side by side, the filters, and the interval. */
  static List<ApiParameter> timeline() {
    ApiParameter queries = new ApiParameter("q", true,
        repeated(string().put("maxLength", SearchRequest.MAX_QUERY_CHARS)).put("minItems", 1)
            .put("maxItems", Timeline.MAX_QUERIES),
        "One query per line of the timeline (repeat q, 1 to " + Timeline.MAX_QUERIES + " of them), in the query language.",
        "乌克兰");
    ApiParameter interval = new ApiParameter("interval", false,
        enumOf(Arrays.stream(DateHistogram.values()).map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).toList(), "month"),
        "The length of one bucket: labels 2025-02-18 (day), 2025-W08 (ISO week), 2025-02 (month), 2025 (year).", "month");
    return concat(Stream.of(queries), search().stream().filter(p -> !p.name.equals("q")), Stream.of(interval));
  }

  /** The parameters of {@code /api/export}: those of a search, and the format. */
  static List<ApiParameter> export() {
    ApiParameter format = new ApiParameter("format", false,
        enumOf(Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList(), ExportFormat.JSONL.extension()),
        "csv: UTF-8 with a byte-order mark, columns id,date,source,lang,title,url,text, every cell quoted; "
            + "jsonl: one article (as /api/articles/{id}) per line.", "csv");
    return concat(search().stream(), Stream.of(format));
  }

  private static ApiParameter searchParameter(String name) {
    Optional<Facet> facet = Facet.named(name);
    if (facet.isPresent()) {
      return new ApiParameter(name, false, repeated(string()),
          facet.get().label + ": keep articles with any of these values (repeat " + name + "). The values are those "
              + "counted in facets." + name + " of /api/search; the query field " + name + ": does the same.", null);
    }
    return switch (name) {
      case "q" -> new ApiParameter(name, false, string().put("maxLength", SearchRequest.MAX_QUERY_CHARS),
          "Query text in the query language (/help); empty matches every article.", "乌克兰");
      case "from", "to" -> new ApiParameter(name, false, date(),
          (name.equals("from") ? "First" : "Last") + " day, inclusive, in the outlet's local time: an ISO date from "
              + SearchRequest.FIRST_DAY + " to " + SearchRequest.LAST_DAY + ". Articles without a date are left out.",
          name.equals("from") ? "2025-01-01" : null);
      case "sort" -> new ApiParameter(name, false,
          enumOf(Arrays.stream(SortOrder.values()).map(SortOrder::param).toList(), SortOrder.RELEVANCE.param()),
          "Order of the hits: relevance, date (newest first) or date_asc; undated articles come last.", "date");
      case "size" -> new ApiParameter(name, false,
          integer(1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE), "Hits per page.", "20");
      case "page" -> new ApiParameter(name, false, integer(1, SearchRequest.MAX_DEPTH, 1),
          "1-based page; page x size at most " + SearchRequest.MAX_DEPTH + ": walk further with cursor.", null);
      case "group" -> new ApiParameter(name, false, enumOf(List.of("none", "copies"), "none"),
          "copies: syndicated copies of one story collapse into its best-ranked article, which says how many "
              + "copies there are and in which outlets (pages with page, not cursor); none: every article.", "copies");
      case "facetSize" -> new ApiParameter(name, false,
          integer(1, SearchRequest.MAX_FACET_SIZE, SearchRequest.DEFAULT_FACET_SIZE),
          "Values listed per facet, most matches first; facetCardinality says how many each facet has.", "200");
      case "variants" -> new ApiParameter(name, false, enumOf(List.of("on", "off"), "on"),
          "on: a name in the query (泽连斯基) also finds its other spellings, scripts and languages (澤倫斯基, Zelensky, "
              + "Зеленський), listed in expansions; off: every word only as written. =word keeps one word exact.", "off");
      case "cursor" -> new ApiParameter(name, false, string(),
          "The nextCursor of the previous answer: walks any number of hits. A cursor from before an index "
              + "rebuild is a 400 (cursor expired).", null);
      default -> new ApiParameter(name, false, string(), UNDESCRIBED, null);
    };
  }

  /** Whether it may be given more than once (meaning any of the values). */
  boolean repeatable() {
    return schema.path("type").asText().equals("array");
  }

  /** The schema of one value. */
  ObjectNode valueSchema() {
    return repeatable() ? (ObjectNode) schema.get("items") : schema;
  }

  private static ObjectNode repeated(ObjectNode item) {
    ObjectNode array = JSON.objectNode().put("type", "array");
    array.set("items", item);
    return array;
  }

  private static ObjectNode string() {
    return JSON.objectNode().put("type", "string");
  }

  private static ObjectNode date() {
    return string().put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        .put("x-minimum", SearchRequest.FIRST_DAY.toString()).put("x-maximum", SearchRequest.LAST_DAY.toString());
  }

  private static ObjectNode integer(int min, int max, int missing) {
    return JSON.objectNode().put("type", "integer").put("minimum", min).put("maximum", max).put("default", missing);
  }

  private static ObjectNode enumOf(List<String> values, String missing) {
    ObjectNode schema = string();
    values.forEach(schema.putArray("enum")::add);
    return schema.put("default", missing);
  }

  @SafeVarargs
  private static List<ApiParameter> concat(Stream<ApiParameter>... parts) {
    return Stream.of(parts).flatMap(s -> s).toList();
  }
}
