package org.newssearch.search;

import java.io.IOException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * The collect step of a search: the top hits of a query in sort order, and every match counted per
 * facet value and per day. Plainly, one {@code IndexSearcher.search} with Lucene's
 * {@code TopFieldCollectorManager} and {@link FacetTally} side by side; {@link OneOrTwoPasses} does
 * that or something faster, depending on the query.
 */
interface MatchCollector {

  /**
   * @param top the top {@code n} in sort order
   * @param counts every match, per facet value and per day
   */
  record Collected(TopDocs top, FacetTally.Counts counts) {}

  /** The top {@code n} after {@code after} (or from the start when null), and all the counts, within {@code deadline}. */
  Collected collect(Query query, Sort sort, FieldDoc after, int n, Deadline deadline) throws IOException;
}
