package org.newssearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.newssearch.index.Facet;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * What the serving index holds.
 *
 * @param articles number of articles
 * @param sources articles per source
 * @param langs articles per language
 * @param firstDate earliest local publication day, or {@code null}
 * @param lastDate latest local publication day, or {@code null}
 * @param generation the serving generation's name
 */
public record IndexStats(
    long articles, List<FacetCount> sources, List<FacetCount> langs, String firstDate, String lastDate, String generation) {

  static IndexStats of(IndexView view) throws IOException {
    FacetTally.Counts counts = view.partitioned.search(new MatchAllDocsQuery(), new FacetTally(view.facetColumns));
    return new IndexStats(view.searcher.getIndexReader().numDocs(),
        counts.top(Facet.SOURCE.field, SearchRequest.DEFAULT_FACET_SIZE), counts.top(Facet.LANG.field, SearchRequest.DEFAULT_FACET_SIZE),
        counts.firstDay().map(LocalDate::toString).orElse(null), counts.lastDay().map(LocalDate::toString).orElse(null),
        view.generation);
  }
}
