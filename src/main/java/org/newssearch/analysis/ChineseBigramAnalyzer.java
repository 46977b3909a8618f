package org.newssearch.analysis;

import java.io.Reader;

/**
 * Chinese bigrams for recall: width folding, Traditional to Simplified, then the neutral chain
 * (word boundaries, lower case, overlapping pairs of Han characters), so a name the segmenter splits
 * into single characters is still found as a phrase.
 */
public final class ChineseBigramAnalyzer extends NeutralAnalyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Same normalization as the word field (width folding + T->S), so both fields see the same text.
    return TraditionalToSimplified.filter(reader);
  }
}
