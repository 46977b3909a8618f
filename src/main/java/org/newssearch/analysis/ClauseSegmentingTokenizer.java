package org.newssearch.analysis;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * smartcn's {@code HMMChineseTokenizer}, except that each sentence is segmented clause by clause:
 * a comma (， or 、) ends a clause, and the clause without its comma is one input of smartcn's
 * segmenter. Tokens, types and offsets are otherwise HMMChineseTokenizer's; the comma itself is still
 * emitted as smartcn's delimiter token "," (the stop set drops it, leaving the same position gap).
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

  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final SegTokenFilter tokenFilter = new SegTokenFilter();
  private final List<SegToken> tokens = new ArrayList<>();
  private int next;

  public ClauseSegmentingTokenizer() {
    super((BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    tokens.clear();
    next = 0;
    int clauseStart = sentenceStart;
    for (int i = sentenceStart; i < sentenceEnd; i++) {
      if (isClauseEnd(buffer[i])) {
        segment(clauseStart, i);
        // What HMMChineseTokenizer makes of any punctuation: a delimiter token ",".
        tokens.add(new SegToken(Utility.COMMON_DELIMITER, offset + i, offset + i + 1, WordType.DELIMITER, 0));
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
    String clause = new String(buffer, start, end - start);
    List<SegToken> path = segmenter.process(clause);
    for (int k = 1; k < path.size() - MARKERS + 1; k++) {
      SegToken token = path.get(k);
      switch (token.wordType) {
        case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER ->
            // The segmenter stands such a token in for the class (未##串); the text is the word.
            token.charArray = clause.substring(token.startOffset, token.endOffset).toCharArray();
        default -> { }
      }
      token = tokenFilter.filter(token);
      token.startOffset += offset + start;
      token.endOffset += offset + start;
      tokens.add(token);
    }
  }

  @Override
  protected boolean incrementWord() {
    if (next >= tokens.size()) {
      return false;
    }
    SegToken token = tokens.get(next++);
    clearAttributes();
    termAtt.copyBuffer(token.charArray, 0, token.charArray.length);
    offsetAtt.setOffset(correctOffset(token.startOffset), correctOffset(token.endOffset));
    typeAtt.setType("word");
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens.clear();
    next = 0;
  }
}
