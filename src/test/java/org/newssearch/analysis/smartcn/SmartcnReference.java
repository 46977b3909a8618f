package org.newssearch.analysis.smartcn;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * smartcn's own segmentation of a clause, as ClauseSegmentingTokenizer did it before HhmmSegmenter
 * (HHMMSegmenter.process, the text put back for letters and digits, then SegTokenFilter), and
 * HhmmSegmenter's, both rendered as "term start end type weight" strings.
 */
final class SmartcnReference {

  private static final HHMMSegmenter SMARTCN = new HHMMSegmenter();
  private static final SegTokenFilter FILTER = new SegTokenFilter();

  private SmartcnReference() {}

  static List<String> smartcn(String clause) {
    List<SegToken> path = SMARTCN.process(clause);
    List<String> words = new ArrayList<>();
    for (int k = 1; k < path.size() - 1; k++) {
      SegToken token = path.get(k);
      switch (token.wordType) {
        case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER ->
            token.charArray = clause.substring(token.startOffset, token.endOffset).toCharArray();
        default -> { }
      }
      token = FILTER.filter(token);
      words.add(new String(token.charArray) + " " + token.startOffset + " " + token.endOffset + " "
          + token.wordType + " " + token.weight);
    }
    return words;
  }

  static List<String> ours(HhmmSegmenter segmenter, String clause) {
    char[] text = clause.toCharArray();
    int n = segmenter.segment(text, 0, text.length);
    List<String> words = new ArrayList<>();
    char[] term = new char[text.length + 1];
    for (int k = 0; k < n; k++) {
      int length = segmenter.term(k, term);
      words.add(new String(term, 0, length) + " " + segmenter.start(k) + " " + segmenter.end(k) + " "
          + segmenter.type(k) + " " + segmenter.weight(k));
    }
    return words;
  }

  /** The clauses ClauseSegmentingTokenizer hands the segmenter: sentences split at ， and 、, empty ones left out. */
  static List<String> clauses(String text) {
    List<String> clauses = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      int clauseStart = start;
      for (int i = start; i <= end; i++) {
        if (i == end || text.charAt(i) == '\uFF0C' || text.charAt(i) == '\u3001') {
          if (i > clauseStart) {
            clauses.add(text.substring(clauseStart, i));
          }
          clauseStart = i + 1;
        }
      }
    }
    return clauses;
  }
}
