package org.newssearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scorer, with its parameters and its scores, without the hash table it makes for
 * every passage it scores: a 32 KB block each time, a quarter of all the memory a search allocated
 * (JFR over the benchmark's mix), and so a quarter of the young collections that pause it.
 */
final class CompactPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    // Each distinct term once, in the order of its first match: Lucene's hash numbers them in that
    // order, and the sum below keeps it, so that the floating-point result is the same. A passage
    // holds a few matches, so a linear look-up is cheap.
    int[] firstMatch = new int[matches];
    int[] freqInPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int term = 0;
      while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
        term++;
      }
      if (term == distinct) {
        firstMatch[distinct++] = i;
      }
      freqInPassage[term]++;
    }
    double score = 0d;
    for (int term = 0; term < distinct; term++) {
      score += tf(freqInPassage[term], passage.getLength())
          * weight(contentLength, passage.getMatchTermFreqsInDoc()[firstMatch[term]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
