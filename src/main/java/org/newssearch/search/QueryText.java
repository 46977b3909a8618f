package org.newssearch.search;

/** Folds what users paste into the query syntax: curly quotes, full-width letters and operators. */
final class QueryText {

  private QueryText() {}

  /** Deepest nesting of parentheses a query may have. */
  static final int MAX_NESTING = 20;

  /** Rejects queries nested deeper than {@link #MAX_NESTING} parentheses. */
  static void checkNesting(String query) {
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      depth += c == '(' || c == '\uFF08' ? 1 : c == ')' || c == '\uFF09' ? -1 : 0;
      if (depth > MAX_NESTING) {
        throw new BadRequestException("query nested " + depth + " parentheses deep at character " + (i + 1),
            "at most " + MAX_NESTING + " levels of parentheses");
      }
    }
  }

  /**
   * Names the commonest syntax mistakes in words (an unclosed quote or parenthesis), or returns null
   * when the quotes and parentheses balance and the parser should judge.
   */
  static String unbalanced(String folded) {
    int quotes = 0;
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth < 0) {
        return "a closing parenthesis at character " + (i + 1) + " has no opening one";
      }
    }
    if (quotes % 2 == 1) {
      return "a quote is not closed: phrases need a \" at both ends";
    }
    return depth > 0 ? depth + (depth == 1 ? " parenthesis is" : " parentheses are") + " not closed" : null;
  }

  /** Curly and corner quotes become {@code "}, full-width ASCII becomes ASCII, the ideographic space a space. */
  static String fold(String query) {
    StringBuilder out = new StringBuilder(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      out.append(switch (c) {
        case '\u201C', '\u201D', '\u201E', '\u300C', '\u300D' -> '"';
        case '\u2018', '\u2019' -> '\'';
        case '\u3000' -> ' ';
        default -> c;
      });
    }
    return out.toString();
  }
}
