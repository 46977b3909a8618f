package org.newssearch.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 as the product ranks with it: a phrase weighs as much as its rarest term, and long articles
 * are penalised less than Lucene's default does.
 *
 * <p>Stock BM25 gives a phrase the sum of its terms' weights, so a four-character name (three
 * bigrams) outweighs a two-character one threefold, whatever their real rarity; the rarest term's
 * weight is the closest estimate of the phrase's own that the term statistics give. A smaller
 * {@code b} suits news, where a long article about a subject mentions it more often. Both were
 * chosen on known items disjoint from those reported (docs/evaluation.md, "Known-item retrieval").
 */
public final class NewsSimilarity extends BM25Similarity {

  /** Lucene's default k1. */
  private static final float K1 = 1.2f;
  /** Length normalisation: 0.3 against Lucene's 0.75. */
  private static final float B = 0.3f;

  public NewsSimilarity() {
    super(K1, B);
  }

  @Override
  public Explanation idfExplain(CollectionStatistics collection, TermStatistics[] terms) {
    Explanation rarest = null;
    for (TermStatistics term : terms) {
      Explanation idf = idfExplain(collection, term);
      if (rarest == null || idf.getValue().doubleValue() > rarest.getValue().doubleValue()) {
        rarest = idf;
      }
    }
    return Explanation.match(rarest.getValue(), "idf of the phrase's rarest term:", rarest);
  }
}
