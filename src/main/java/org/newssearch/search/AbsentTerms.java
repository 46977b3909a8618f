package org.newssearch.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * How a name's query ({@link EntityQuery}) counts the articles with a term that the searcher's own
 * index lacks. Embedded, none: the searcher sees the whole index. On an OpenSearch shard the other
 * shards may hold it: the plugin installs a count that reads the statistics dfs_query_then_fetch
 * gathered from every shard, so that a name scores on every shard as in one index.
 */
public final class AbsentTerms {

  /** A count of a term absent from {@code searcher}'s index. */
  public interface Counter {
    long docFreq(IndexSearcher searcher, Term term) throws IOException;
  }

  private static volatile Counter counter = (searcher, term) -> 0;

  private AbsentTerms() {}

  /** Counts absent terms with {@code counter} from now on (the OpenSearch plugin's, once, when it loads). */
  public static void countWith(Counter counter) {
    AbsentTerms.counter = counter;
  }

  static long docFreq(IndexSearcher searcher, Term term) throws IOException {
    return counter.docFreq(searcher, term);
  }
}
