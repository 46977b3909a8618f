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

  /**
   * {@code text} as this analyzer's tokens spell it: width-folded, Simplified and in lower case, one
   * code point at a time as {@link org.apache.lucene.analysis.LowerCaseFilter} does. Every token of a
   * text without a line break is a substring of its spelling (a bigram joins two adjacent characters;
   * no T->S key holds a line break, {@code ChineseBigramAnalyzerTest}).
   */
  public static String spelling(String text) {
    String folded = TraditionalToSimplified.convert(text);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(codePoint));
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
