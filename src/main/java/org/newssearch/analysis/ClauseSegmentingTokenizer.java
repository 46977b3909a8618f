package org.newssearch.analysis;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.newssearch.analysis.smartcn.HhmmSegmenter;
import org.newssearch.analysis.smartcn.SegTokenTerms;

/**
 * smartcn's {@code HMMChineseTokenizer}, except that each sentence is segmented clause by clause:
 * a comma (， or 、) ends a clause, and the clause without its comma is one input of smartcn's
 * segmenter. Tokens, types and offsets are otherwise HMMChineseTokenizer's; the comma itself is still
 * emitted as smartcn's delimiter token "," (the stop set drops it, leaving the same position gap).
 *
 * <p>The segmenter is {@link HhmmSegmenter}, a port of smartcn's HHMMSegmenter that gives exactly its
 * words (its tests compare the two over the news corpus) several times faster.
 *
 * <p>Why, for word F: smartcn's bigram table counts a word before ， or 、 sparsely, and mostly for
 * single characters (字@， 190 times, 单字@， never), so before a comma it splits words (单 字, 发 音).
 * Before a clause end (its sentence-end marker) it has almost no counts either way, as before the
 * ASCII comma, which it has never seen, and words stay whole.
 *
 * <p>Why not fold ， to ',', which gives about the same F: smartcn then runs about 1.7 times slower. Its
 * bigram hash table ({@code BigramDictionary}) probes with a second hash that keeps only the last
 * character's bits (operator precedence in {@code AbstractDictionary.hash2}): 0 to 33 for a key
 * ending in an ASCII character, and when it is 0 a lookup that misses probes the same slot 402,137
 * times. About one {@code word@,} lookup in a hundred does that. Sentence markers hash normally.
 */
public final class ClauseSegmentingTokenizer extends SegmentingTokenizerBase {

  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);
  private static final char FULL_WIDTH_COMMA = '\uFF0C';
  private static final char IDEOGRAPHIC_COMMA = '\u3001';
  /** process() brackets every clause with a start and an end marker. */
  private static final int MARKERS = 2;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final HhmmSegmenter segmenter = new HhmmSegmenter();
  /** The sentence's words: their offsets in {@code buffer} and smartcn word types. */
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] types = new int[64];
  private int size;
  private int next;

  public ClauseSegmentingTokenizer() {
    super((BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    size = 0;
    next = 0;
    int clauseStart = sentenceStart;
    for (int i = sentenceStart; i < sentenceEnd; i++) {
      if (isClauseEnd(buffer[i])) {
        segment(clauseStart, i);
        // What HMMChineseTokenizer makes of any punctuation: a delimiter token ",".
        add(i, i + 1, HhmmSegmenter.DELIMITER);
        clauseStart = i + 1;
      }
    }
    segment(clauseStart, sentenceEnd);
  }

  @Override
  protected boolean isSafeEnd(char c) {
    // Where the base class may cut text that does not fit its 1,024-char buffer: at a line break, and
    // now also after a comma, so that a long paragraph is not cut inside a word.
    return super.isSafeEnd(c) || isClauseEnd(c);
  }

  private static boolean isClauseEnd(char c) {
    // No word spans a comma; the enumeration comma 、 is the second commonest after ，.
    return c == FULL_WIDTH_COMMA || c == IDEOGRAPHIC_COMMA;
  }

  /** Segments {@code buffer[start, end)} as one sentence, as smartcn's WordSegmenter does. */
  private void segment(int start, int end) {
    if (start == end) {
      return;
    }
    int words = segmenter.segment(buffer, start, end);
    for (int k = 0; k < words; k++) {
      add(start + segmenter.start(k), start + segmenter.end(k), segmenter.type(k));
    }
  }

  private void add(int start, int end, int type) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      types = Arrays.copyOf(types, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    types[size++] = type;
  }

  @Override
  protected boolean incrementWord() {
    if (next >= size) {
      return false;
    }
    int start = starts[next];
    int end = ends[next];
    int type = types[next++];
    clearAttributes();
    // The buffer holds the sentence until its last word is out.
    char[] term = termAtt.resizeBuffer(end - start);
    termAtt.setLength(SegTokenTerms.term(buffer, start, end, type, term));
    offsetAtt.setOffset(correctOffset(offset + start), correctOffset(offset + end));
    typeAtt.setType("word");
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    size = 0;
    next = 0;
  }
}
