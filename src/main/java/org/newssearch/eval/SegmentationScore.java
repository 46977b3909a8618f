package org.newssearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word precision, recall and F of an analyzer against gold segmentations, punctuation left out.
 *
 * <p>A predicted word is correct when its span in the original text (the token's start and end
 * offsets, which the char filters map back through width folding and T->S) is exactly a gold word's
 * span. The text of a sentence is its gold words joined with nothing between them.
 *
 * @param gold gold words (punctuation left out)
 * @param predicted predicted words (punctuation left out)
 * @param correct predicted words whose span is a gold word's span
 */
public record SegmentationScore(long gold, long predicted, long correct) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores {@code analyzer} over {@code sentences}. */
  public static SegmentationScore of(Analyzer analyzer, List<List<String>> sentences) {
    long gold = 0;
    long predicted = 0;
    long correct = 0;
    for (List<String> words : sentences) {
      String text = String.join("", words);
      Set<Long> goldSpans = new HashSet<>();
      int start = 0;
      for (String word : words) {
        if (!isPunctuation(word)) {
          goldSpans.add(span(start, start + word.length()));
        }
        start += word.length();
      }
      gold += goldSpans.size();
      try (TokenStream stream = analyzer.tokenStream("text", text)) {
        OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          int s = offsets.startOffset();
          int e = offsets.endOffset();
          if (isPunctuation(text.substring(s, e))) {
            continue;
          }
          predicted++;
          if (goldSpans.contains(span(s, e))) {
            correct++;
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SegmentationScore(gold, predicted, correct);
  }

  /** True when no character of {@code word} is a letter, digit or ideograph. */
  static boolean isPunctuation(String word) {
    return word.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }
}
