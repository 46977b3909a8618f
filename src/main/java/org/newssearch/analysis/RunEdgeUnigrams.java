package org.newssearch.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After {@link RunBreakPositions}: the last character of each run of bigrams, and the first one of a
 * run that directly follows a letter or digit, also stand alone, at the position of their bigram.
 *
 * <p>Bigrams alone cannot find a character where it ends a run: 第 in 举行第27届 is only in 行第, so
 * "第27届" (第, 27, 届: lone characters beside digits) would miss it, and a query of one character
 * could not find it before punctuation. With the last character of every run, and the first after a
 * letter or digit, a phrase mixing Han characters with digits or Latin words finds the same text as
 * written, and a one-character query (a prefix of the bigrams, {@code search/NewsQueryParser}) finds
 * the character wherever it stands.
 */
public final class RunEdgeUnigrams extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  /** Edge unigrams of the token just returned, to be returned next. */
  private final Deque<State> edges = new ArrayDeque<>();
  /** The token after the one just returned, read to know whether that one ended its run. */
  private State next;
  private boolean previousAlphanumeric;
  private boolean previousBigram;
  private int previousEnd = -1;

  public RunEdgeUnigrams(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!edges.isEmpty()) {
      restoreState(edges.poll());
      return true;
    }
    if (next != null) {
      restoreState(next);
      next = null;
    } else if (!input.incrementToken()) {
      return false;
    }
    boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
    if (bigram) {
      queueEdges();
    }
    previousBigram = bigram;
    previousAlphanumeric = !bigram && !CJKBigramFilter.SINGLE_TYPE.equals(type.type());
    previousEnd = offsets.endOffset();
    return true;
  }

  /** Queues the current bigram's edge unigrams, reading the token after it; leaves the bigram current. */
  private void queueEdges() throws IOException {
    State bigram = captureState();
    boolean startsRun = !previousBigram || position.getPositionIncrement() != 1;
    boolean afterAlphanumeric = startsRun && previousAlphanumeric && previousEnd == offsets.startOffset();
    boolean endsRun = true;
    if (input.incrementToken()) {
      endsRun = !CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) || position.getPositionIncrement() != 1;
      next = captureState();
    }
    restoreState(bigram);
    String text = term.toString();
    int start = offsets.startOffset();
    int end = offsets.endOffset();
    if (afterAlphanumeric) {
      edges.add(unigram(bigram, text.substring(0, Character.charCount(text.codePointAt(0))), start, end, true));
    }
    if (endsRun) {
      int last = text.offsetByCodePoints(text.length(), -1);
      edges.add(unigram(bigram, text.substring(last), start, end, false));
    }
    restoreState(bigram);
  }

  /** The bigram's first or last character as a token at its position, its offsets narrowed to it. */
  private State unigram(State bigram, String character, int start, int end, boolean first) {
    restoreState(bigram);
    term.setEmpty().append(character);
    type.setType(CJKBigramFilter.SINGLE_TYPE);
    position.setPositionIncrement(0);
    // T->S may have mapped one original character to another length: never reach outside the bigram.
    int width = Math.min(character.length(), end - start);
    if (first) {
      offsets.setOffset(start, start + width);
    } else {
      offsets.setOffset(end - width, end);
    }
    return captureState();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    edges.clear();
    next = null;
    previousAlphanumeric = false;
    previousBigram = false;
    previousEnd = -1;
  }
}
