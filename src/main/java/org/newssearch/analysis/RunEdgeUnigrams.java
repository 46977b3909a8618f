package org.newssearch.analysis;

import java.io.IOException;
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
  /** The token read after a run ended, held while the run's last character is returned. */
  private State held;
  private boolean exhausted;
  /** The last bigram of the current run: its last character and end offset. */
  private final StringBuilder lastCharacter = new StringBuilder(2);
  private int lastStart;
  private int lastEnd;
  private boolean inRun;
  /** A run's first character to return next (it followed a letter or digit), with its start. */
  private final StringBuilder firstCharacter = new StringBuilder(2);
  private int firstStart = -1;
  private boolean previousAlphanumeric;
  private int previousEnd = -1;

  public RunEdgeUnigrams(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (firstStart >= 0) {
      edge(firstCharacter, firstStart, Math.min(firstStart + firstCharacter.length(), lastEnd));
      firstStart = -1;
      return true;
    }
    if (held != null) {
      restoreState(held);
      held = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return endRun(); // the input's last run ends with it
    }
    boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
    boolean continuesRun = inRun && bigram && position.getPositionIncrement() == 1;
    if (inRun && !continuesRun) {
      held = captureState(); // once a run, not once a bigram
      return endRun();
    }
    if (bigram) {
      if (!inRun && previousAlphanumeric && previousEnd == offsets.startOffset()) {
        firstCharacter.setLength(0);
        firstCharacter.appendCodePoint(Character.codePointAt(term, 0));
        firstStart = offsets.startOffset();
      }
      inRun = true;
      lastCharacter.setLength(0);
      lastCharacter.appendCodePoint(Character.codePointBefore(term, term.length()));
      lastStart = offsets.startOffset();
      lastEnd = offsets.endOffset();
    }
    previousAlphanumeric = !bigram && !CJKBigramFilter.SINGLE_TYPE.equals(type.type());
    previousEnd = offsets.endOffset();
    return true;
  }

  /** Returns the ended run's last character as a token, if a run was open. */
  private boolean endRun() {
    if (!inRun) {
      return false;
    }
    inRun = false;
    // T->S may have mapped one original character to another length: never reach outside the bigram.
    edge(lastCharacter, lastEnd - Math.min(lastCharacter.length(), lastEnd - lastStart), lastEnd);
    return true;
  }

  /** The current token becomes a lone character at the position of the bigram it came from. */
  private void edge(CharSequence character, int start, int end) {
    clearAttributes();
    term.append(character);
    type.setType(CJKBigramFilter.SINGLE_TYPE);
    position.setPositionIncrement(0);
    offsets.setOffset(start, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    held = null;
    exhausted = false;
    inRun = false;
    firstStart = -1;
    previousAlphanumeric = false;
    previousEnd = -1;
  }
}
