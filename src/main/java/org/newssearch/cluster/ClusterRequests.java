package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.IndexedArticles;
import org.newssearch.index.Schema;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SortOrder;

/**
 * The JSON bodies the cluster backend sends: a search (the plugin's {@code newssearch_query}, the
 * filters, facets as aggregations, snippets by the unified highlighter) and an alias swap. The
 * facets count as the embedded search does: a facet with selected values is counted without its own
 * filter (multi-select), so facet filters go in {@code post_filter} and each facet's aggregation
 * applies the others.
 */
final class ClusterRequests {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Seconds in a day: the date facet counts per local day, as the embedded one does. */
  static final long DAY_SECONDS = 86_400;
  /** Values each shard reports per facet: enough for exact counts over every outlet of a large collection. */
  static final int SHARD_FACET_SIZE = 10_000;
  /** The fields a hit shows, and the body its snippets are marked in (here, as the embedded search marks them). */
  static final List<String> HIT_FIELDS = List.of(Schema.ID, Schema.TITLE, Schema.BODY, Facet.SOURCE.field,
      Facet.LANG.field, Schema.DATE_ISO, Schema.URL, Schema.COPY_GROUP);

  /** Date ranges one query asks for at most: OpenSearch refuses more than 1,024 clauses by default. */
  static final int MAX_SPAN_RANGES = 1_000;

  private ClusterRequests() {}

  /** The user's query text through the plugin's query type; every article when it is blank. */
  static ObjectNode textQuery(String text, boolean variants) {
    ObjectNode query = NODES.objectNode();
    if (text.isBlank()) {
      query.putObject("match_all");
    } else {
      query.putObject("newssearch_query").put("query", text).put("variants", variants);
    }
    return query;
  }

  /** The query part: the text and the date range (facet filters go in {@code post_filter}). */
  static ObjectNode query(SearchRequest request) {
    ObjectNode bool = NODES.objectNode();
    ObjectNode inner = bool.putObject("bool");
    inner.putArray("must").add(textQuery(request.query(), request.variants()));
    if (request.from() != null || request.to() != null) {
      ObjectNode range = inner.putArray("filter").addObject().putObject("range").putObject(Schema.DATE);
      if (request.from() != null) {
        range.put("gte", request.from().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
      }
      if (request.to() != null) {
        range.put("lte", request.to().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1);
      }
    }
    return bool;
  }

  /** Every facet filter of the request but {@code except}'s (null: all), as one filter. */
  static ObjectNode facetFilters(SearchRequest request, Facet except) {
    ObjectNode all = NODES.objectNode();
    ArrayNode filters = NODES.arrayNode();
    for (Map.Entry<Facet, List<String>> entry : request.filters().entrySet()) {
      if (entry.getKey() != except) {
        ArrayNode values = filters.addObject().putObject("terms").putArray(entry.getKey().field);
        entry.getValue().forEach(values::add);
      }
    }
    if (filters.isEmpty()) {
      all.putObject("match_all");
    } else {
      all.putObject("bool").set("filter", filters);
    }
    return all;
  }

  /** A page of hits with facets, {@code from} hits in. */
  static ObjectNode search(SearchRequest request, int from) {
    ObjectNode body = NODES.objectNode();
    body.put("from", from).put("size", request.size()).put("track_total_hits", true).put("track_scores", true);
    body.set("query", query(request));
    if (!request.filters().isEmpty()) {
      body.set("post_filter", facetFilters(request, null));
    }
    body.set("sort", sort(request.sort()));
    HIT_FIELDS.forEach(body.putObject("_source").putArray("includes")::add);
    body.set("aggs", facets(request));
    if (request.groupCopies()) {
      // One hit per story: its best article; the stories counted as the distinct groups of the matches.
      body.putObject("collapse").put("field", Schema.COPY_GROUP);
      ObjectNode stories = ((ObjectNode) body.get("aggs")).putObject("stories");
      stories.set("filter", facetFilters(request, null));
      stories.putObject("aggs").putObject("count").putObject("cardinality").put("field", Schema.COPY_GROUP)
          .put("precision_threshold", 40_000);
    }
    return body;
  }

  /**
   * The size of each of these copy groups, with its earliest articles' ids and outlets (undated last)
   * when {@code outlets}.
   */
  static ObjectNode groups(ArrayNode groups, boolean outlets) {
    ObjectNode body = NODES.objectNode().put("size", 0);
    body.putObject("query").putObject("terms").set(Schema.COPY_GROUP, groups);
    ObjectNode terms = body.putObject("aggs").putObject("groups");
    terms.putObject("terms").put("field", Schema.COPY_GROUP).put("size", groups.size());
    if (outlets) {
      ObjectNode earliest = terms.putObject("aggs").putObject("earliest").putObject("top_hits");
      earliest.put("size", 4 * SearchResult.Hit.COPY_OUTLETS).set("sort", sort(SortOrder.DATE_ASC));
      earliest.putObject("_source").putArray("includes").add(Schema.ID).add(Facet.SOURCE.field);
    }
    return body;
  }

  /** Relevance, else date (undated last); ties by id, so that pages never overlap. */
  static ArrayNode sort(SortOrder order) {
    ArrayNode sort = NODES.arrayNode();
    switch (order) {
      case RELEVANCE -> sort.addObject().put("_score", "desc");
      case DATE -> sort.addObject().putObject(Schema.DATE).put("order", "desc").put("missing", "_last");
      case DATE_ASC -> sort.addObject().putObject(Schema.DATE).put("order", "asc").put("missing", "_last");
    }
    sort.addObject().put(Schema.ID, "asc");
    return sort;
  }

  /**
   * Per facet, its top values and how many it has, under every filter but its own; the date facet's
   * matches per local day under every filter.
   */
  static ObjectNode facets(SearchRequest request) {
    ObjectNode aggs = NODES.objectNode();
    for (Facet facet : Facet.values()) {
      ObjectNode one = aggs.putObject(facet.field);
      one.set("filter", facetFilters(request, facet));
      ObjectNode inner = one.putObject("aggs");
      ObjectNode terms = inner.putObject("values").putObject("terms");
      terms.put("field", facet.field).put("size", request.facetSize()).put("shard_size", SHARD_FACET_SIZE);
      ArrayNode order = terms.putArray("order");
      order.addObject().put("_count", "desc");
      order.addObject().put("_key", "asc");
      inner.putObject("cardinality").putObject("cardinality").put("field", facet.field).put("precision_threshold", 40_000);
    }
    ObjectNode dates = aggs.putObject(Schema.DATE);
    dates.set("filter", facetFilters(request, null));
    dates.putObject("aggs").set("days", days());
    return aggs;
  }

  /**
   * The matches of {@code text} per local day under every filter of {@code filters} (a timeline's
   * line; the text blank: its totals); with {@code group=copies}, stories only (no {@code flag:copy}).
   */
  static ObjectNode perDay(String text, SearchRequest filters) {
    ObjectNode body = NODES.objectNode().put("size", 0).put("track_total_hits", true);
    ObjectNode query = query(new SearchRequest(text, Map.of(), filters.from(), filters.to(), filters.sort(), 1, 1, false, 1,
        null, filters.variants()));
    ObjectNode bool = (ObjectNode) query.path("bool");
    ArrayNode filter = bool.has("filter") ? (ArrayNode) bool.get("filter") : bool.putArray("filter");
    filter.add(facetFilters(filters, null));
    if (filters.groupCopies()) {
      bool.putArray("must_not").addObject().putObject("term").put(Facet.FLAG.field, ArticleDocuments.COPY_FLAG);
    }
    body.set("query", query);
    body.putObject("aggs").set("days", days());
    return body;
  }

  /** Matches per local day of the {@code date} field (local epoch seconds). */
  static ObjectNode days() {
    ObjectNode days = NODES.objectNode();
    days.putObject("histogram").put("field", Schema.DATE).put("interval", DAY_SECONDS).put("min_doc_count", 1);
    return days;
  }

  /** The whole index's counts: articles, top sources and languages, first and last date. */
  static ObjectNode stats() {
    ObjectNode body = NODES.objectNode().put("size", 0).put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    for (Facet facet : List.of(Facet.SOURCE, Facet.LANG)) {
      ObjectNode terms = aggs.putObject(facet.field).putObject("terms");
      terms.put("field", facet.field).put("size", SearchRequest.DEFAULT_FACET_SIZE).put("shard_size", SHARD_FACET_SIZE);
      ArrayNode order = terms.putArray("order");
      order.addObject().put("_count", "desc");
      order.addObject().put("_key", "asc");
    }
    aggs.putObject("first").putObject("min").put("field", Schema.DATE);
    aggs.putObject("last").putObject("max").put("field", Schema.DATE);
    return body;
  }

  /** One page of an export: every match in the request's order, through a point in time, after {@code after}. */
  static ObjectNode exportPage(SearchRequest request, String pit, JsonNode after, int size) {
    ObjectNode body = NODES.objectNode().put("size", size).put("track_total_hits", false);
    body.set("query", query(request));
    if (!request.filters().isEmpty()) {
      body.set("post_filter", facetFilters(request, null));
    }
    body.putObject("pit").put("id", pit).put("keep_alive", "1m");
    body.set("sort", sort(request.sort()));
    if (after != null) {
      body.set("search_after", after);
    }
    return body;
  }

  /**
   * One page of the articles of {@code span} (undated ones too, unless it is everything), through a
   * point in time, by id, after {@code after}.
   */
  static ObjectNode withinSpan(IndexedArticles.Span span, String pit, JsonNode after, int size) {
    ObjectNode body = NODES.objectNode().put("size", size).put("track_total_hits", false);
    ObjectNode query = body.putObject("query");
    if (span.everything() || span.ranges().size() >= MAX_SPAN_RANGES) {
      query.putObject("match_all"); // dates spread over too many weeks: every article may be a candidate
    } else {
      ArrayNode should = query.putObject("bool").putArray("should");
      should.addObject().putObject("bool").putObject("must_not").putObject("exists").put("field", Schema.DATE);
      for (IndexedArticles.Range range : span.ranges()) {
        should.addObject().putObject("range").putObject(Schema.DATE).put("gte", range.from()).put("lte", range.to());
      }
    }
    body.putObject("pit").put("id", pit).put("keep_alive", "1m");
    body.putArray("sort").addObject().put(Schema.ID, "asc");
    if (after != null) {
      body.set("search_after", after);
    }
    return body;
  }

  /**
   * Moves {@code alias} from {@code from} (null when it names none) to {@code to} in one request, so
   * that every search sees one index or the other.
   */
  static ObjectNode aliasSwap(String alias, String from, String to) {
    ObjectNode body = NODES.objectNode();
    ArrayNode actions = body.putArray("actions");
    if (from != null) {
      actions.addObject().putObject("remove").put("index", from).put("alias", alias);
    }
    actions.addObject().putObject("add").put("index", to).put("alias", alias);
    return body;
  }
}
