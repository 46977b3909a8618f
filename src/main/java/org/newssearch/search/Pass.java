package org.newssearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The top hits of a query and the counts of all its matches, found in one pass over the matches or
 * in two, whichever costs less.
 *
 * <p>One pass scores every match. A query that matches most of the index (the commonest words of a
 * corpus match 97% of it) is cheaper in two: the top hits alone, where Lucene skips blocks of
 * matches that cannot make the top, then the counts of every match, with no scores; both on every
 * core ({@link PartitionedSearcher}). For a narrow query the second pass, and handing slices to
 * other threads, cost more than they save.
 *
 * @param top the top {@code n} in sort order
 * @param counts every match, per facet value and per day
 */
record Pass(TopDocs top, FacetTally.Counts counts) {

  /** Above this many matches (as Lucene estimates them, from the postings), two passes. */
  static final long ONE_PASS_MAX_MATCHES = 10_000;

  /** The top {@code n} after {@code after}: with {@code searcher} when narrow, {@code partitioned} when broad. */
  static Pass run(IndexSearcher searcher, IndexSearcher partitioned, Query query, FieldDoc after, int n, Sort sort,
      FacetColumns columns) throws IOException {
    return run(searcher, partitioned, query, after, n, sort, columns, ONE_PASS_MAX_MATCHES);
  }

  /** As {@link #run(IndexSearcher, IndexSearcher, Query, FieldDoc, int, Sort, FacetColumns)}, with another threshold. */
  static Pass run(IndexSearcher searcher, IndexSearcher partitioned, Query query, FieldDoc after, int n, Sort sort,
      FacetColumns columns, long onePassMaxMatches) throws IOException {
    FacetTally tally = new FacetTally(columns);
    if (estimatedMatches(searcher, query) > onePassMaxMatches) {
      // Counting stops once the top n are known, so Lucene may skip what cannot make them.
      TopDocs top = partitioned.search(query, new TopFieldCollectorManager(sort, n, after, n));
      return new Pass(top, partitioned.search(query, tally));
    }
    Object[] both = searcher.search(query,
        new MultiCollectorManager(new TopFieldCollectorManager(sort, n, after, Integer.MAX_VALUE), tally));
    return new Pass((TopDocs) both[0], (FacetTally.Counts) both[1]);
  }

  /** An upper bound of the matches, from the postings' document counts, without visiting any. */
  static long estimatedMatches(IndexSearcher searcher, Query query) throws IOException {
    // Scores wanted: a weight that needs no scores may be answered by the query cache, which would
    // count this look as a use of the query.
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
    long matches = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      matches += supplier == null ? 0 : supplier.cost();
    }
    return matches;
  }
}
