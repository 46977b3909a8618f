package org.newssearch.ingest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds phrases repeated in an article that have nothing to do with it ("湛江市某某建筑工程客服中心"
 * twice in an article on peace talks): the first half of {@link SpamFilter}'s work.
 */
final class RepeatedPhrases {

  /** Repeats are found by six-character grams: shorter repeats are ordinary words. */
  private static final int GRAM = 6;

  /** A phrase whose character pairs are this rare in the rest of the article is unrelated to it. */
  private static final double MAX_RELATED_SHARE = 0.25;

  private RepeatedPhrases() {}

  /** Maximal runs of Han text that occur at least twice and share few character pairs with the rest. */
  static Set<String> unrelated(String text, String title) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + GRAM <= text.length(); i++) {
      if (allHan(text, i, i + GRAM)) {
        counts.merge(text.substring(i, i + GRAM), 1, Integer::sum);
      }
    }
    boolean[] repeated = new boolean[text.length()];
    for (int i = 0; i + GRAM <= text.length(); i++) {
      if (counts.getOrDefault(text.substring(i, i + GRAM), 0) >= 2 && allHan(text, i, i + GRAM)) {
        java.util.Arrays.fill(repeated, i, i + GRAM, true);
      }
    }
    Set<String> phrases = new LinkedHashSet<>();
    for (int i = 0; i < text.length(); ) {
      if (!repeated[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && repeated[end]) {
        end++;
      }
      String run = text.substring(i, end);
      if (count(text, run) >= 2 && relatedShare(run, text.replace(run, "\n") + "\n" + title) < MAX_RELATED_SHARE) {
        phrases.add(run);
      }
      i = end;
    }
    return phrases;
  }

  /**
   * True when every occurrence of {@code phrase} leaves an attested seam once cut, and at least one
   * sits mid-sentence where it breaks pairs the article never has: the mark of an insertion.
   */
  static boolean cutsCleanly(String text, String phrase) {
    String rest = text.replace(phrase, "\n");
    boolean insertedMidSentence = false;
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
      int before = at > 0 ? text.codePointBefore(at) : -1;
      int end = at + phrase.length();
      int after = end < text.length() ? text.codePointAt(end) : -1;
      if (!SpamFilter.seamAttested(rest, before, after)) {
        return false;
      }
      if (SpamFilter.isHan(before) && SpamFilter.isHan(after)
          && SpamFilter.unattested(rest, before, phrase.codePointAt(0))
          && SpamFilter.unattested(rest, phrase.codePointBefore(phrase.length()), after)) {
        insertedMidSentence = true;
      }
    }
    return insertedMidSentence;
  }

  private static double relatedShare(String run, String rest) {
    int pairs = 0;
    int found = 0;
    for (int i = 0; i + 2 <= run.length(); i++) {
      pairs++;
      if (rest.contains(run.substring(i, i + 2))) {
        found++;
      }
    }
    return pairs == 0 ? 1 : (double) found / pairs;
  }

  private static int count(String text, String run) {
    int n = 0;
    for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length())) {
      n++;
    }
    return n;
  }

  private static boolean allHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!SpamFilter.isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
