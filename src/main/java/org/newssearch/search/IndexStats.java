package org.newssearch.search;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.newssearch.index.Schema;
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
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(view.facetState);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LeafReaderContext leaf : view.searcher.getIndexReader().leaves()) {
      NumericDocValues dates = leaf.reader().getNumericDocValues(Schema.DATE);
      if (dates == null) {
        continue;
      }
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        min = Math.min(min, dates.longValue());
        max = Math.max(max, dates.longValue());
      }
    }
    return new IndexStats(view.searcher.getIndexReader().numDocs(),
        SearchService.values(counts, Schema.SOURCE), SearchService.values(counts, Schema.LANG),
        min == Long.MAX_VALUE ? null : day(min), max == Long.MIN_VALUE ? null : day(max), view.generation);
  }

  private static String day(long localSeconds) {
    return LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC).toLocalDate().toString();
  }
}
