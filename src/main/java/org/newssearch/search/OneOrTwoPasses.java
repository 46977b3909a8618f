package org.newssearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.IOFunction;

/**
 * Collects in one pass over the matches or in two, whichever costs less.
 *
 * <p>One pass scores every match. A query that matches most of the index (the commonest words of a
 * corpus match 97% of it) is cheaper in two: the top hits alone, where Lucene skips blocks of
 * matches that cannot make the top, then the counts of every match, with no scores and through a
 * cheaper query with the same matches ({@link CountingQuery}); both on every core
 * ({@link PartitionedSearcher}). For a narrow query the second pass, and handing slices to other
 * threads, cost more than they save. Justified in docs/benchmarks.md ("Decisions"): 新闻联播 over
 * 984k articles, 习近平 向 over 75k.
 */
final class OneOrTwoPasses implements MatchCollector {

  /** Above this many matches (as estimated from the terms' document counts), two passes. */
  static final long ONE_PASS_MAX_MATCHES = 10_000;

  private final IndexSearcher searcher;
  private final IndexSearcher partitioned;
  private final FacetColumns columns;
  private final IOFunction<Query, Query> forCounting;
  private final long onePassMaxMatches;

  /**
   * @param searcher for narrow queries
   * @param partitioned the same reader cut into a slice per core, for broad ones
   * @param forCounting a query with the same matches, cheaper to count when scores are not needed
   * @param onePassMaxMatches above this estimate, two passes
   */
  OneOrTwoPasses(IndexSearcher searcher, IndexSearcher partitioned, FacetColumns columns,
      IOFunction<Query, Query> forCounting, long onePassMaxMatches) {
    this.searcher = searcher;
    this.partitioned = partitioned;
    this.columns = columns;
    this.forCounting = forCounting;
    this.onePassMaxMatches = onePassMaxMatches;
  }

  @Override
  public Collected collect(Query query, Sort sort, FieldDoc after, int n, Deadline deadline) throws IOException {
    FacetTally tally = new FacetTally(columns);
    boolean broad = estimatedMatches(searcher.getIndexReader(), query) > onePassMaxMatches;
    if (broad && (!intersects(query) || partitioned.getSlices().length > 1)) {
      // Counting stops once the top n are known, so Lucene may skip what cannot make them.
      TopDocs top = partitioned.search(deadline.wrap(query), new TopFieldCollectorManager(sort, n, after, n));
      return new Collected(top, partitioned.search(deadline.wrap(forCounting.apply(query)), tally));
    }
    Object[] both = searcher.search(deadline.wrap(query),
        new MultiCollectorManager(new TopFieldCollectorManager(sort, n, after, Integer.MAX_VALUE), tally));
    return new Collected((TopDocs) both[0], (FacetTally.Counts) both[1]);
  }

  /**
   * Whether matches must satisfy two or more clauses at once (words that must all occur, or a word
   * and a filter). Lucene's top-n pass then skips little, and on an index searched on one core a
   * second pass to count nearly doubles the time (习近平 向 over 75k articles: 11.1 ms in two passes,
   * 5.0 ms in one). On an index cut into a slice per core, both passes use every core, which over
   * 984k articles served the benchmark's p99 better than one pass on one core.
   */
  static boolean intersects(Query query) {
    return requiredClauses(query) >= 2;
  }

  private static int requiredClauses(Query query) {
    if (query instanceof BoostQuery boost) {
      return requiredClauses(boost.getQuery());
    }
    int required = 0;
    if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        required += clause.isRequired() ? requiredClauses(clause.query()) : 0;
      }
    }
    return Math.max(1, required);
  }

  /**
   * An upper bound of the matches from the terms' document counts alone (no postings opened):
   * a term's count, a phrase's rarest term, the least of the required clauses, else the sum of the
   * optional ones. Any other query (prefix, range, all) counts as matching everything.
   */
  static long estimatedMatches(IndexReader reader, Query query) throws IOException {
    return switch (query) {
      case TermQuery term -> reader.docFreq(term.getTerm());
      case PhraseQuery phrase -> {
        long rarest = phrase.getTerms().length == 0 ? 0 : Long.MAX_VALUE;
        for (Term term : phrase.getTerms()) {
          rarest = Math.min(rarest, reader.docFreq(term));
        }
        yield rarest;
      }
      case BoostQuery boost -> estimatedMatches(reader, boost.getQuery());
      case ConstantScoreQuery constant -> estimatedMatches(reader, constant.getQuery());
      case BooleanQuery bool -> {
        long required = Long.MAX_VALUE;
        long optional = 0;
        for (BooleanClause clause : bool.clauses()) {
          if (clause.isRequired()) {
            required = Math.min(required, estimatedMatches(reader, clause.query()));
          } else if (clause.occur() == BooleanClause.Occur.SHOULD) {
            optional += estimatedMatches(reader, clause.query());
          }
        }
        yield Math.min(reader.maxDoc(), required != Long.MAX_VALUE ? required : optional);
      }
      case MatchNoDocsQuery none -> 0;
      default -> reader.maxDoc();
    };
  }
}
