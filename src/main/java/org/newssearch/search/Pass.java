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

  /** Above this many matches (as estimated from the terms' document counts), two passes. */
  static final long ONE_PASS_MAX_MATCHES = 10_000;

  /**
   * The top {@code n} after {@code after}: with {@code searcher} when narrow, {@code partitioned} when
   * broad. {@code forCounting} gives a query with the same matches, cheaper to count when scores are
   * not needed ({@link IndexView#forCounting}).
   */
  static Pass run(IndexSearcher searcher, IndexSearcher partitioned, Query query, IOFunction<Query, Query> forCounting,
      FieldDoc after, int n, Sort sort, FacetColumns columns) throws IOException {
    return run(searcher, partitioned, query, forCounting, after, n, sort, columns, ONE_PASS_MAX_MATCHES);
  }

  /** As {@link #run(IndexSearcher, IndexSearcher, Query, IOFunction, FieldDoc, int, Sort, FacetColumns)}, with another threshold. */
  static Pass run(IndexSearcher searcher, IndexSearcher partitioned, Query query, IOFunction<Query, Query> forCounting,
      FieldDoc after, int n, Sort sort, FacetColumns columns, long onePassMaxMatches) throws IOException {
    FacetTally tally = new FacetTally(columns);
    Query plain = Deadline.unwrap(query);
    boolean broad = estimatedMatches(searcher.getIndexReader(), plain) > onePassMaxMatches;
    if (broad && (!intersects(plain) || partitioned.getSlices().length > 1)) {
      // Counting stops once the top n are known, so Lucene may skip what cannot make them.
      TopDocs top = partitioned.search(query, new TopFieldCollectorManager(sort, n, after, n));
      return new Pass(top, partitioned.search(forCounting.apply(query), tally));
    }
    Object[] both = searcher.search(query,
        new MultiCollectorManager(new TopFieldCollectorManager(sort, n, after, Integer.MAX_VALUE), tally));
    return new Pass((TopDocs) both[0], (FacetTally.Counts) both[1]);
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
