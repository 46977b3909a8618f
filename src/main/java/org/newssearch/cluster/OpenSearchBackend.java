package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.names.NameVariants;
import org.newssearch.search.ArticleHighlighter;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.CopyGroup;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.FoundArticlesHighlighter;
import org.newssearch.search.IndexStats;
import org.newssearch.search.QueryCheck;
import org.newssearch.search.SearchBackend;
import org.newssearch.search.SearchLimits;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchService;
import org.newssearch.search.SearchTimeoutException;
import org.newssearch.search.SortOrder;
import org.newssearch.search.Timeline;

/**
 * The search backend on an OpenSearch cluster with the newssearch plugin: the index the alias
 * {@code newssearch} names, searched with the plugin's {@code newssearch_query}, so that a query
 * finds what the embedded index finds. Queries are parsed here first too, for the same 400s and the
 * names' expansions.
 */
public final class OpenSearchBackend implements SearchBackend {

  /**
   * Scored with the whole index's term statistics (one more round trip to the shards first), so that
   * a hit scores as it does in the embedded index whatever shard holds it.
   */
  private static final String SEARCH_TYPE = "/_search?search_type=dfs_query_then_fetch";
  private static final String SEARCH = ClusterIndexes.ALIAS + SEARCH_TYPE;

  private final OpenSearchClient client;
  private final QueryCheck check;
  private final FoundArticlesHighlighter highlighter;
  private final SearchLimits limits;

  /** A backend whose every search on the cluster may run for {@code limits}' budget (then HTTP 503, as embedded). */
  public OpenSearchBackend(OpenSearchClient client, Supplier<NameVariants> names, SearchLimits limits) {
    this.client = client;
    this.limits = limits;
    this.check = new QueryCheck(names);
    this.highlighter = new FoundArticlesHighlighter(names);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    List<SearchResult.Expansion> expansions = check.expansions(request.query(), request.variants());
    ObjectNode body = ClusterRequests.search(request, request.cursor() == null ? (request.page() - 1) * request.size() : 0);
    JsonNode answer;
    if (request.cursor() == null) {
      answer = searched(body);
    } else {
      // A cursor walks the index its first page came from, not the alias: a rebuild meanwhile changes nothing.
      ClusterCursor.Position position = ClusterCursor.decode(request.cursor());
      body.set("search_after", position.after());
      OpenSearchClient.Response gone = client.send("HEAD", position.index(), null);
      if (gone.status() == 404) {
        throw new BadRequestException("the index " + position.index() + " this cursor walks is no longer on the cluster",
            "a rebuild replaced it: search again from the first page");
      }
      answer = searched(position.index() + SEARCH_TYPE, body);
    }
    JsonNode hits = answer.path("hits").path("hits");
    long total = answer.path("hits").path("total").path("value").asLong();
    Map<String, Integer> cardinality = new LinkedHashMap<>();
    var facets = ClusterResults.facets(answer.path("aggregations"), cardinality);
    List<Article> found = new ArrayList<>();
    hits.forEach(hit -> found.add(ClusterDocuments.toArticle(hit.path("_source"))));
    List<List<String>> snippets = highlighter.snippets(request.query(), request.variants(), found);
    boolean more = hits.size() == request.size()
        && (request.cursor() != null || (long) (request.page() - 1) * request.size() + hits.size() < total);
    return new SearchResult(request.query(), total, (System.nanoTime() - start) / 1_000_000,
        ClusterResults.hits(answer, snippets, groups(hits, request.groupCopies()), request.groupCopies()), facets, cardinality,
        request.groupCopies() ? answer.path("aggregations").path("stories").path("count").path("value").asLong() : null,
        more && !request.groupCopies() ? ClusterCursor.encode(hits.get(hits.size() - 1)) : null, expansions);
  }

  /** The answer to a search, with a 400 for a query the cluster refuses (as the embedded parser would). */
  private JsonNode searched(ObjectNode body) throws IOException {
    return searched(SEARCH, body);
  }

  /**
   * The answer to a search within the budget: the shards stop collecting when it is spent and say so
   * ({@code timed_out}), and a partial answer is refused as the embedded search refuses one.
   */
  private JsonNode searched(String path, ObjectNode body) throws IOException {
    long budget = limits.searchBudget().toMillis();
    body.put("timeout", budget + "ms");
    OpenSearchClient.Response answer = client.send("POST", path, body.toString());
    if (answer.status() == 400) {
      throw new BadRequestException(OpenSearchClient.reason(answer.json()), "the cluster refused this search");
    }
    if (!answer.ok()) {
      throw new ClusterException("OpenSearch answered a search with HTTP " + answer.status() + ": "
          + OpenSearchClient.reason(answer.json()));
    }
    if (answer.json().path("timed_out").asBoolean()) {
      throw new SearchTimeoutException(budget);
    }
    return answer.json();
  }

  /** The copy groups of these hits: their sizes, and with {@code outlets} their earliest articles. */
  private JsonNode groups(JsonNode hits, boolean outlets) throws IOException {
    ArrayNode groups = ClusterRequests.NODES.arrayNode();
    hits.forEach(hit -> {
      String group = ClusterDocuments.first(hit.path("_source"), Schema.COPY_GROUP);
      if (group != null) {
        groups.add(group);
      }
    });
    if (groups.isEmpty()) {
      return ClusterRequests.NODES.objectNode();
    }
    return searched(ClusterRequests.groups(groups, outlets)).path("aggregations").path("groups");
  }

  @Override
  public Timeline timeline(List<String> queryTexts, SearchRequest filters, DateHistogram interval) throws IOException {
    QueryCheck.checkTimeline(queryTexts);
    for (String text : queryTexts) {
      check.expansions(text, filters.variants());
    }
    QueryCheck.DayCounts all = perDay("", filters);
    List<QueryCheck.DayCounts> perQuery = new ArrayList<>();
    for (String text : queryTexts) {
      perQuery.add(perDay(text, filters));
    }
    return QueryCheck.timeline(queryTexts, filters, interval, all, perQuery);
  }

  private QueryCheck.DayCounts perDay(String text, SearchRequest filters) throws IOException {
    JsonNode answer = searched(ClusterRequests.perDay(text, filters));
    return ClusterResults.days(answer.path("aggregations").path("days"), answer.path("hits").path("total").path("value").asLong());
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    OpenSearchClient.Response answer = client.send("GET", ClusterIndexes.ALIAS + "/_doc/" + ClusterCursor.path(id), null);
    if (answer.status() == 404 || !answer.json().path("found").asBoolean()) {
      return Optional.empty();
    }
    return Optional.of(ClusterDocuments.toArticle(answer.json().path("_source")));
  }

  @Override
  public Optional<CopyGroup> copyGroup(String articleId) throws IOException {
    OpenSearchClient.Response answer = client.send("GET", ClusterIndexes.ALIAS + "/_doc/" + ClusterCursor.path(articleId), null);
    if (answer.status() == 404 || !answer.json().path("found").asBoolean()) {
      return Optional.empty();
    }
    String group = ClusterDocuments.first(answer.json().path("_source"), Schema.COPY_GROUP);
    if (group == null) {
      return Optional.of(new CopyGroup(null, List.of()));
    }
    ObjectNode body = ClusterRequests.NODES.objectNode().put("size", SearchService.MAX_COPIES);
    body.putObject("query").putObject("term").put(Schema.COPY_GROUP, group);
    body.set("sort", ClusterRequests.sort(SortOrder.DATE_ASC));
    List<Article> members = new ArrayList<>();
    searched(body).path("hits").path("hits").forEach(hit -> members.add(ClusterDocuments.toArticle(hit.path("_source"))));
    return Optional.of(new CopyGroup(group, members));
  }

  @Override
  public Optional<ArticleHighlighter.Highlighted> highlightedArticle(String id, String queryText, boolean variants)
      throws IOException {
    Optional<Article> found = article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String text = queryText == null ? "" : queryText.strip();
    check.expansions(text, variants);
    return Optional.of(highlighter.article(found.get(), text, variants));
  }

  @Override
  public IndexStats stats() throws IOException {
    JsonNode answer = searched(ClusterRequests.stats());
    JsonNode aggs = answer.path("aggregations");
    return new IndexStats(answer.path("hits").path("total").path("value").asLong(),
        ClusterResults.counts(aggs.path(Facet.SOURCE.field)), ClusterResults.counts(aggs.path(Facet.LANG.field)),
        day(aggs.path("first")), day(aggs.path("last")), generation());
  }

  /** The local day of a min/max aggregation over {@code date}, or null when no article has a date. */
  private static String day(JsonNode agg) {
    JsonNode value = agg.path("value");
    return value.isNumber() ? LocalDate.ofEpochDay(Math.floorDiv((long) value.asDouble(), ClusterRequests.DAY_SECONDS))
        .toString() : null;
  }

  @Override
  public String generation() throws IOException {
    return new ClusterIndexes(client).serving().orElse("none");
  }

  /** The alias is resolved by every request: a new generation serves as soon as it is switched to. */
  @Override
  public boolean refresh() {
    return false;
  }

  @Override
  public void forEachMatch(SearchRequest request, Consumer<Article> each) throws IOException {
    check.expansions(request.query(), request.variants());
    PointInTimeScan.each(client, ClusterIndexes.ALIAS,
        (pit, after) -> ClusterRequests.exportPage(request, pit, after, PointInTimeScan.PAGE),
        hit -> each.accept(ClusterDocuments.toArticle(hit.path("_source"))));
  }

  @Override
  public void close() {
    // the HTTP client holds no connection open between requests that needs closing
  }
}
