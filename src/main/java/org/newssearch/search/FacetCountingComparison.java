package org.newssearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.newssearch.index.Facet;
import org.newssearch.index.Generations;
import org.newssearch.index.Schema;

/**
 * {@link FacetTally} against lucene-facet over a query mix, both in one pass with the top 10 hits,
 * query by query in alternating order ({@code ./newssearch bench facets}): the measurement that keeps
 * the custom counting (docs/benchmarks.md, "Decisions"). Lucene's side counts the facets with
 * {@link SortedSetDocValuesFacetCounts} and the days from the date doc values of its matching docs.
 */
public final class FacetCountingComparison {

  /** Milliseconds summed over the mix, per round: ours, then lucene-facet's. */
  public record Round(double tallyMs, double luceneFacetMs) {}

  private FacetCountingComparison() {}

  public static List<Round> run(Path indexRoot, List<Map<String, List<String>>> mix, int rounds) throws IOException {
    try (IndexView view = new IndexView(new Generations(indexRoot).current()
        .orElseThrow(() -> new IOException("no index at " + indexRoot)))) {
      QueryBuilder builder = new QueryBuilder(Schema.analyzer());
      List<Query> queries = new ArrayList<>();
      for (Map<String, List<String>> params : mix) {
        SearchRequest request = SearchRequest.fromParams(params);
        queries.add(QueryBuilder.withFilters(builder.textQuery(request.query(), view.suffixes), request));
      }
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(view.searcher.getIndexReader(), Schema.facetsConfig());
      List<Round> result = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        long tally = 0;
        long lucene = 0;
        for (Query query : queries) {
          boolean tallyFirst = round % 2 == 0;
          for (int side = 0; side < 2; side++) {
            long start = System.nanoTime();
            if ((side == 0) == tallyFirst) {
              tallied(view, query);
              tally += System.nanoTime() - start;
            } else {
              withLuceneFacet(view, state, query);
              lucene += System.nanoTime() - start;
            }
          }
        }
        result.add(new Round(tally / 1e6, lucene / 1e6));
      }
      return result;
    }
  }

  private static int tallied(IndexView view, Query query) throws IOException {
    Object[] both = view.searcher.search(query, new MultiCollectorManager(top10(), new FacetTally(view.facetColumns)));
    FacetTally.Counts counts = (FacetTally.Counts) both[1];
    int values = counts.dates().size();
    for (Facet facet : Facet.values()) {
      values += counts.top(facet.field, SearchRequest.DEFAULT_FACET_SIZE).size();
    }
    return values;
  }

  private static int withLuceneFacet(IndexView view, SortedSetDocValuesReaderState state, Query query)
      throws IOException {
    Object[] both = view.searcher.search(query, new MultiCollectorManager(top10(), new FacetsCollectorManager()));
    FacetsCollector matches = (FacetsCollector) both[1];
    Facets facets = new SortedSetDocValuesFacetCounts(state, matches);
    int values = 0;
    for (Facet facet : Facet.values()) {
      FacetResult top = facets.getTopChildren(SearchRequest.DEFAULT_FACET_SIZE, facet.field);
      values += top == null ? 0 : top.childCount;
    }
    Map<Long, Long> perDay = new HashMap<>();
    for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
      NumericDocValues dates = docs.context().reader().getNumericDocValues(Schema.DATE);
      DocIdSetIterator it = docs.bits().iterator();
      for (int doc = it.nextDoc(); dates != null && doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (dates.advanceExact(doc)) {
          perDay.merge(Math.floorDiv(dates.longValue(), 86_400), 1L, Long::sum);
        }
      }
    }
    long[] days = perDay.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    long[] counts = Arrays.stream(days).map(perDay::get).toArray();
    DateHistogram interval = days.length == 0 ? DateHistogram.DAY : DateHistogram.suiting(days[days.length - 1] - days[0]);
    return values + interval.count(days, counts).size();
  }

  private static TopFieldCollectorManager top10() {
    Sort relevance = PageWindow.sortOf(SortOrder.RELEVANCE);
    return new TopFieldCollectorManager(relevance, 10, null, Integer.MAX_VALUE);
  }
}
