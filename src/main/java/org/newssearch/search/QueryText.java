package org.newssearch.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;

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

  /** The field names a colon may follow as syntax ({@code title:危机}); after any other word it is text. */
  private static final List<String> FIELDS =
      Stream.concat(Schema.TEXT_FIELDS.stream(), Facet.fields().stream()).toList();
  /** ASCII characters of Lucene's classic syntax that the documented syntax does not use: text, escaped. */
  private static final String UNDOCUMENTED = "?!^/[]{}";

  /**
   * Folds a query as people type and paste it into the documented syntax. Full-width letters, digits
   * and operators become ASCII, the ideographic space a space. Curly, corner and full-width quotes
   * are phrase quotes, and full-width parentheses groups, when they pair up; otherwise (a headline
   * that opens with “ and never closes it) they are text. Other full-width punctuation stays text. A
   * colon is a field separator only after a field name ({@code title：危机}); after any other word
   * ({@code 本台短评：人生}) it is text, as are {@code ? ! ^ / [ ] { }} (CCTV titles open with
   * {@code [视频]}; ranges are not part of the syntax), a {@code ~} that does not follow a
   * phrase, and a {@code +} or {@code -} followed by a space. Text is escaped for the parser, which leaves it to the analyzers.
   */
  static String fold(String query) {
    boolean pastedQuotes = balancedQuotes(query);
    boolean pastedParentheses = balancedParentheses(query);
    StringBuilder out = new StringBuilder(query.length());
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i)); // the user's own escape
        continue;
      }
      if (isPastedQuote(c)) {
        c = pastedQuotes ? '"' : c;
      } else if (c == '\uFF08' || c == '\uFF09') {
        c = pastedParentheses ? (char) (c - 0xFEE0) : c;
      } else if (c == '\uFF1A') {
        c = ':';
      } else if (c >= '\uFF01' && c <= '\uFF5E' && (Character.isLetterOrDigit(c) || c == '\uFF0B' || c == '\uFF0D')) {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u2018' || c == '\u2019') {
        c = '\'';
      } else if (c == '\u3000') {
        c = ' ';
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (isText(c, out) || isDanglingOperator(query, i, c))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether {@code c}, outside quotes and after what is already folded, is text rather than syntax. */
  private static boolean isText(char c, StringBuilder before) {
    if (UNDOCUMENTED.indexOf(c) >= 0) {
      return true;
    }
    if (c == '~') {
      return before.isEmpty() || before.charAt(before.length() - 1) != '"';
    }
    if (c == ':') {
      int start = before.length();
      while (start > 0 && (Character.isLetter(before.charAt(start - 1)) || before.charAt(start - 1) == '_')) {
        start--;
      }
      boolean wordStart = start == 0 || " (+-".indexOf(before.charAt(start - 1)) >= 0;
      return !(wordStart && FIELDS.contains(before.substring(start)));
    }
    return false;
  }

  /** A + or - with nothing after it to apply to ({@code Ukraine war - live}) is a dash, not an operator. */
  private static boolean isDanglingOperator(String query, int i, char c) {
    return (c == '-' || c == '+') && (i + 1 == query.length() || Character.isWhitespace(query.charAt(i + 1)));
  }

  private static boolean isPastedQuote(char c) {
    return c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u300C' || c == '\u300D' || c == '\uFF02';
  }

  /** Whether every quote, ASCII or pasted, has its pair: then the pasted ones quote too. */
  private static boolean balancedQuotes(String query) {
    long quotes = query.chars().filter(c -> c == '"' || isPastedQuote((char) c)).count();
    return quotes % 2 == 0;
  }

  /** Whether parentheses, ASCII and full-width alike, close in order: then the full-width ones group too. */
  private static boolean balancedParentheses(String query) {
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      depth += c == '(' || c == '\uFF08' ? 1 : c == ')' || c == '\uFF09' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** The field names the syntax accepts before a colon, as an error message lists them. */
  static String fieldSyntax() {
    return FIELDS.stream().map(field -> field + ":").collect(Collectors.joining(", "));
  }
}
