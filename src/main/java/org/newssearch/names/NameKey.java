package org.newssearch.names;

import java.text.Normalizer;
import java.util.Locale;
import org.newssearch.analysis.TraditionalToSimplified;

/**
 * The form in which spellings are compared: width and compatibility forms folded (NFKC), Traditional
 * converted to Simplified as the analysis does (澤倫斯基 = 泽伦斯基), lower case, the name-joining
 * dots of Chinese (弗拉基米尔·泽连斯基) and runs of spaces made one space.
 */
final class NameKey {

  private NameKey() {}

  static String of(String spelling) {
    String folded = Normalizer.normalize(spelling, Normalizer.Form.NFKC);
    folded = TraditionalToSimplified.convert(folded).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\u00B7' || c == '\u30FB' || c == '\u2027' || c == '\u2022' || c == '\u2219') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      out.append(c == '\u2019' || c == '\u02BC' ? '\'' : c);
    }
    return out.toString().strip();
  }

  /** Whether every character is a Han ideograph or a name-joining dot (a Chinese spelling). */
  static boolean isHan(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || cp == '\u00B7' || cp == '\u30FB' || cp == '\u2027' || cp == '\u2022');
  }
}
