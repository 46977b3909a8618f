package org.newssearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

/**
 * Full-width ASCII (letters, digits, punctuation) to ASCII and half-width katakana to full-width
 * (voiced marks composed), as a replacement table, so that width folding runs in the same single
 * pass as T->S.
 *
 * <p>The table is read off Lucene's own {@link CJKWidthCharFilter}, so both fold alike, except for
 * the full-width comma ，, the commonest Chinese punctuation, which is left as it is: folded to ASCII
 * ',' it makes smartcn about 1.7 times slower (a weakness of smartcn's bigram hash table with keys
 * ending in an ASCII character, see {@link ClauseSegmentingTokenizer}), and the word chain ends a
 * clause at ， instead, which gives smartcn what the ASCII comma would (docs/evaluation.md). Both
 * Chinese fields drop punctuation, so search sees no difference.
 */
final class WidthFolding {

  private static final char FIRST = '\uFF01';
  private static final char LAST = '\uFF9F';
  /** Not folded to ASCII: smartcn runs about 1.7 times slower over text whose commas are ASCII. */
  private static final char FULL_WIDTH_COMMA = '\uFF0C';
  private static final char[] VOICED_MARKS = {'\uFF9E', '\uFF9F'};

  private WidthFolding() {}

  /** Every single character and (katakana, voiced mark) pair that {@link CJKWidthCharFilter} changes. */
  static Map<String, String> table() {
    Map<String, String> table = new LinkedHashMap<>();
    for (char c = FIRST; c <= LAST; c++) {
      String one = String.valueOf(c);
      if (c == FULL_WIDTH_COMMA) {
        continue;
      }
      String folded = fold(one);
      if (!folded.equals(one)) {
        table.put(one, folded);
      }
      for (char mark : VOICED_MARKS) {
        String pair = one + mark;
        String composed = fold(pair);
        // Only pairs that compose into one character need a key of their own.
        if (composed.length() == 1) {
          table.put(pair, composed);
        }
      }
    }
    return table;
  }

  private static String fold(String text) {
    try (CJKWidthCharFilter filter = new CJKWidthCharFilter(new StringReader(text))) {
      StringBuilder out = new StringBuilder();
      int c;
      while ((c = filter.read()) != -1) {
        out.append((char) c);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fold " + text, e);
    }
  }
}
