package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssearch.index.Facet;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SortOrder;

/** The JSON the cluster backend sends, exactly: the query, the filters, the facets, the snippets, the alias swap. */
class ClusterRequestsTest {

  private static SearchRequest request(String q, Map<Facet, List<String>> filters, LocalDate from, LocalDate to) {
    return new SearchRequest(q, filters, from, to, SortOrder.RELEVANCE, 10, 1, false, 5, null, true);
  }

  @Test
  void theQueryTextGoesToThePluginsQueryTypeAndTheDatesToARangeOfLocalSeconds() {
    assertThat(ClusterRequests.query(request("泽连斯基 \"talks\"", Map.of(), LocalDate.of(2025, 2, 1),
        LocalDate.of(2025, 2, 28))).toString()).isEqualTo(
        "{\"bool\":{\"must\":[{\"newssearch_query\":{\"query\":\"泽连斯基 \\\"talks\\\"\",\"variants\":true}}],"
            + "\"filter\":[{\"range\":{\"date\":{\"gte\":1738368000,\"lte\":1740787199}}}]}}");
  }

  @Test
  void aBlankQueryMatchesEveryArticleAndOneDateBoundIsOpen() {
    assertThat(ClusterRequests.query(request("", Map.of(), null, LocalDate.of(1969, 12, 31))).toString()).isEqualTo(
        "{\"bool\":{\"must\":[{\"match_all\":{}}],\"filter\":[{\"range\":{\"date\":{\"lte\":-1}}}]}}");
  }

  @Test
  void facetFiltersAreTermsOfEachFacetSavingTheOneCounted() {
    SearchRequest request = request("x", Map.of(Facet.SOURCE, List.of("新华社", "BBC"), Facet.LANG, List.of("zh")), null, null);
    assertThat(ClusterRequests.facetFilters(request, null).toString()).isEqualTo(
        "{\"bool\":{\"filter\":[{\"terms\":{\"source\":[\"新华社\",\"BBC\"]}},{\"terms\":{\"lang\":[\"zh\"]}}]}}");
    assertThat(ClusterRequests.facetFilters(request, Facet.SOURCE).toString()).isEqualTo(
        "{\"bool\":{\"filter\":[{\"terms\":{\"lang\":[\"zh\"]}}]}}");
    assertThat(ClusterRequests.facetFilters(request, Facet.FLAG).toString()).isEqualTo(
        ClusterRequests.facetFilters(request, null).toString());
    assertThat(ClusterRequests.facetFilters(request(" ", Map.of(), null, null), null).toString())
        .isEqualTo("{\"match_all\":{}}");
  }

  @Test
  void eachFacetIsATermsAggregationInTheEmbeddedOrderWithItsCardinalityUnderTheOtherFilters() {
    SearchRequest request = request("x", Map.of(Facet.SOURCE, List.of("BBC")), null, null);
    var aggs = ClusterRequests.facets(request);
    assertThat(aggs.path("source").toString()).isEqualTo("{\"filter\":{\"match_all\":{}},\"aggs\":{\"values\":"
        + "{\"terms\":{\"field\":\"source\",\"size\":5,\"shard_size\":10000,\"order\":[{\"_count\":\"desc\"},"
        + "{\"_key\":\"asc\"}]}},\"cardinality\":{\"cardinality\":{\"field\":\"source\",\"precision_threshold\":40000}}}}");
    assertThat(aggs.path("lang").path("filter").toString())
        .isEqualTo("{\"bool\":{\"filter\":[{\"terms\":{\"source\":[\"BBC\"]}}]}}");
    assertThat(aggs.path("date").toString()).isEqualTo("{\"filter\":{\"bool\":{\"filter\":[{\"terms\":{\"source\":"
        + "[\"BBC\"]}}]}},\"aggs\":{\"days\":{\"histogram\":{\"field\":\"date\",\"interval\":86400,\"min_doc_count\":1}}}}");
    List<String> names = new java.util.ArrayList<>();
    aggs.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("source", "lang", "flag", "country", "outlet_type", "entity", "date");
  }

  @Test
  void aPageSortsTiesByIdAndFiltersFacetsAfterCounting() {
    SearchRequest request = new SearchRequest("x", Map.of(Facet.LANG, List.of("en")), null, null, SortOrder.DATE, 20, 3,
        false, 5, null, false);
    var body = ClusterRequests.search(request, 40);
    assertThat(body.path("from").asInt()).isEqualTo(40);
    assertThat(body.path("size").asInt()).isEqualTo(20);
    assertThat(body.path("sort").toString())
        .isEqualTo("[{\"date\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":\"asc\"}]");
    assertThat(body.path("post_filter").toString()).isEqualTo("{\"bool\":{\"filter\":[{\"terms\":{\"lang\":[\"en\"]}}]}}");
    assertThat(body.path("query").toString())
        .isEqualTo("{\"bool\":{\"must\":[{\"newssearch_query\":{\"query\":\"x\",\"variants\":false}}]}}");
    assertThat(body.path("_source").toString())
        .isEqualTo("{\"includes\":[\"id\",\"title\",\"body\",\"source\",\"lang\",\"date_iso\",\"url\",\"copy_group\"]}");
    assertThat(body.has("highlight")).as("snippets are marked by the application, not the cluster").isFalse();
    assertThat(ClusterRequests.sort(SortOrder.RELEVANCE).toString()).isEqualTo("[{\"_score\":\"desc\"},{\"id\":\"asc\"}]");
  }

  @Test
  void theArticlesACopyMayJoinAreReadByIdThroughAPointInTimeUndatedOnesToo() {
    var span = new org.newssearch.index.IndexedArticles.Span(false, List.of(new org.newssearch.index.IndexedArticles.Range(10, 20),
        new org.newssearch.index.IndexedArticles.Range(100, 200)));
    assertThat(ClusterRequests.withinSpan(span, "P", null, 1000).toString()).isEqualTo("{\"size\":1000,"
        + "\"track_total_hits\":false,\"query\":{\"bool\":{\"should\":[{\"bool\":{\"must_not\":{\"exists\":"
        + "{\"field\":\"date\"}}}},{\"range\":{\"date\":{\"gte\":10,\"lte\":20}}},{\"range\":{\"date\":"
        + "{\"gte\":100,\"lte\":200}}}]}},\"pit\":{\"id\":\"P\",\"keep_alive\":\"1m\"},\"sort\":[{\"id\":\"asc\"}]}");
    var everything = new org.newssearch.index.IndexedArticles.Span(true, List.of());
    var after = ClusterRequests.NODES.arrayNode().add("x");
    assertThat(ClusterRequests.withinSpan(everything, "P", after, 1000).path("query").toString())
        .isEqualTo("{\"match_all\":{}}");
    assertThat(ClusterRequests.withinSpan(everything, "P", after, 1000).path("search_after").toString())
        .isEqualTo("[\"x\"]");
  }

  @Test
  void theAliasMovesInOneRequestFromTheServingIndexToTheNewOne() {
    assertThat(ClusterRequests.aliasSwap("newssearch", "newssearch-000001", "newssearch-000002").toString()).isEqualTo(
        "{\"actions\":[{\"remove\":{\"index\":\"newssearch-000001\",\"alias\":\"newssearch\"}},"
            + "{\"add\":{\"index\":\"newssearch-000002\",\"alias\":\"newssearch\"}}]}");
    assertThat(ClusterRequests.aliasSwap("newssearch", null, "newssearch-000001").toString()).isEqualTo(
        "{\"actions\":[{\"add\":{\"index\":\"newssearch-000001\",\"alias\":\"newssearch\"}}]}");
  }

  @Test
  void anExportPageWalksAPointInTimeAfterTheLastSortValues() throws Exception {
    SearchRequest request = request("", Map.of(), null, null);
    var after = OpenSearchClient.JSON.readTree("[1.5,\"a1\"]");
    assertThat(ClusterRequests.exportPage(request, "pit-1", after, 1000).toString()).isEqualTo(
        "{\"size\":1000,\"track_total_hits\":false,\"query\":{\"bool\":{\"must\":[{\"match_all\":{}}]}},"
            + "\"pit\":{\"id\":\"pit-1\",\"keep_alive\":\"1m\"},\"sort\":[{\"_score\":\"desc\"},{\"id\":\"asc\"}],"
            + "\"search_after\":[1.5,\"a1\"]}");
  }

  @Test
  void aTimelineLineCountsPerLocalDayUnderEveryFilterAndStoriesOnlyWhenGrouped() {
    SearchRequest filters = new SearchRequest("", Map.of(Facet.LANG, List.of("zh")), LocalDate.of(2025, 1, 1), null,
        SortOrder.RELEVANCE, 10, 1, true, 5, null, true);
    assertThat(ClusterRequests.perDay("普京", filters).toString()).isEqualTo("{\"size\":0,\"track_total_hits\":true,"
        + "\"query\":{\"bool\":{\"must\":[{\"newssearch_query\":{\"query\":\"普京\",\"variants\":true}}],"
        + "\"filter\":[{\"range\":{\"date\":{\"gte\":1735689600}}},{\"bool\":{\"filter\":[{\"terms\":{\"lang\":[\"zh\"]}}]}}],"
        + "\"must_not\":[{\"term\":{\"flag\":\"copy\"}}]}},"
        + "\"aggs\":{\"days\":{\"histogram\":{\"field\":\"date\",\"interval\":86400,\"min_doc_count\":1}}}}");
  }
}
