package org.newssearch.search;

import java.util.Map;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The searcher's similarity with the same statistics in place of whatever terms a query scores in a
 * field: each spelling of a name ({@link EntityQuery}), a word or a phrase of bigrams alike, then
 * weighs as the name's longest spelling would if each of its terms had the name's document frequency.
 * So the spellings of a name weigh alike, and the name weighs against the other words of a query about
 * as its own phrase would. Norms are the delegate's, so document lengths count as they always do.
 */
final class SharedIdfSimilarity extends Similarity {

  private static final BytesRef NAME = new BytesRef("name");

  private final Similarity delegate;
  /** A field's shared statistics: the name's document frequency and the terms its longest spelling has. */
  record Shared(long documentFrequency, int terms) {}

  private final Map<String, Shared> documentFrequencies;

  SharedIdfSimilarity(Similarity delegate, Map<String, Shared> documentFrequencies) {
    this.delegate = delegate;
    this.documentFrequencies = documentFrequencies;
  }

  @Override
  public long computeNorm(FieldInvertState state) {
    return delegate.computeNorm(state);
  }

  @Override
  public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
    Shared shared = documentFrequencies.get(collection.field());
    if (shared == null || shared.documentFrequency() <= 0) {
      return delegate.scorer(boost, collection, terms);
    }
    long df = shared.documentFrequency();
    TermStatistics[] same = new TermStatistics[shared.terms()];
    java.util.Arrays.fill(same, new TermStatistics(NAME, df, df));
    return delegate.scorer(boost, collection, same);
  }
}
