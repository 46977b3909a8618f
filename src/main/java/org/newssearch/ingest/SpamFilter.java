package org.newssearch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes SEO spam injected into an article's sentences: a phrase unrelated to the article repeated
 * across it, and fragments of the article's own headline sprinkled between words. Only cuts that
 * leave a seam the article itself attests are made; what looks injected but cannot be cut safely
 * raises {@link #SUSPECTED} instead.
 */
final class SpamFilter {

  /** Flag for articles from which injected spam was cut. */
  static final String REMOVED = "spam-removed";

  /** Flag for articles that look spammed where nothing could be cut safely. */
  static final String SUSPECTED = "spam-suspected";

  /** Longer texts are not news articles; the quadratic-ish scans are not worth it there. */
  private static final int MAX_CHARS = 200_000;

  private SpamFilter() {}

  /** The paragraphs with spam cut out, and the flags raised. */
  static Result clean(String title, List<String> paragraphs) {
    String text = String.join("\n", paragraphs);
    if (title == null || text.length() > MAX_CHARS) {
      return new Result(paragraphs, Set.of());
    }
    Set<String> flags = new TreeSet<>();
    Set<String> phrases = RepeatedPhrases.unrelated(text, title);
    // Phrases not yet confirmed as spam count as boundaries here: whichever they turn out to be, a
    // fragment next to one is next to a seam.
    String bounded = text;
    for (String phrase : phrases) {
      bounded = bounded.replace(phrase, "\n");
    }
    TitleFragments.Found fragments = TitleFragments.find(bounded, title);
    String cut = TitleFragments.remove(text, fragments.injected(), title);
    Set<String> confirmed = new LinkedHashSet<>();
    for (String phrase : phrases) {
      if (RepeatedPhrases.cutsCleanly(cut, phrase)) {
        confirmed.add(phrase);
      }
    }
    cut = removeAll(cut, confirmed);
    if (!cut.equals(text)) {
      flags.add(REMOVED);
    }
    if (fragments.suspected()) {
      flags.add(SUSPECTED);
    }
    return new Result(paragraphsOf(cut), flags);
  }

  static String removeAll(String text, Set<String> phrases) {
    String result = text;
    for (String phrase : phrases) {
      result = result.replace(phrase, "");
    }
    return result;
  }

  private static List<String> paragraphsOf(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return paragraphs;
  }

  static boolean isHan(int c) {
    return c >= 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * True when removing a piece between {@code before} and {@code after} leaves a seam the text
   * attests: a boundary or punctuation on either side, or the two characters side by side elsewhere.
   */
  static boolean seamAttested(String text, int before, int after) {
    return before < 0 || after < 0 || !isHan(before) || !isHan(after)
        || text.contains(new String(new int[] {before, after}, 0, 2));
  }

  /** True when two characters are both Han and never stand side by side in {@code text}. */
  static boolean unattested(String text, int left, int right) {
    return left >= 0 && right >= 0 && isHan(left) && isHan(right)
        && !text.contains(new String(new int[] {left, right}, 0, 2));
  }

  /**
   * The result of spam filtering.
   *
   * @param paragraphs the cleaned paragraphs
   * @param flags {@link #REMOVED} and/or {@link #SUSPECTED}, or none
   */
  record Result(List<String> paragraphs, Set<String> flags) {}
}
