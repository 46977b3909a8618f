package org.newssearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After {@link CJKBigramFilter}: where a run of CJK characters ends (punctuation, a space, another
 * script, a lone character), the next token stands {@link #BREAK} positions on instead of one.
 *
 * <p>Within a run the bigrams stand one position apart, so two bigrams two positions apart always
 * come from one run, and the bigram between them is implied: a phrase of bigrams can leave out
 * every other one and still match exactly the same text ({@code search/CountingQuery}). Without the
 * break, 新闻 and 联播 two positions apart would also match 新闻，中联播.
 */
public final class RunBreakPositions extends TokenFilter {

  /** Positions from the last token of a run to the token after it. */
  public static final int BREAK = 3;

  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private boolean first = true;
  private boolean previousBigram;
  private boolean previousCjk;
  private int previousEnd;

  public RunBreakPositions(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
    boolean cjk = bigram || CJKBigramFilter.SINGLE_TYPE.equals(type.type());
    // CJKBigramFilter continues a run while each character starts where the last ended, so the next
    // bigram of a run starts at or before the end of the one before (at it when T->S left a character
    // no width); a new run starts after a gap.
    boolean sameRun = previousBigram && bigram && offsets.startOffset() <= previousEnd;
    if (!first && (cjk || previousCjk) && !sameRun) {
      position.setPositionIncrement(position.getPositionIncrement() + BREAK - 1);
    }
    first = false;
    previousBigram = bigram;
    previousCjk = cjk;
    previousEnd = offsets.endOffset();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    first = true;
    previousBigram = false;
    previousCjk = false;
    previousEnd = 0;
  }
}
