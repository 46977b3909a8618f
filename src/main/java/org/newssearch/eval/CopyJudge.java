package org.newssearch.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges whether two texts tell one story, by a criterion that shares nothing with the detector (no
 * analysis, no MinHash): the share of the shorter text that the longer one holds verbatim in runs of
 * at least {@link #RUN} letters or digits (punctuation and spaces left out), counting only runs that
 * at most {@link #MAX_ARTICLES} articles of the corpus hold. An edited copy keeps most of its
 * sentences whole, a cut copy all of what is left; two stories of one template share its formulas,
 * and on a bulletin such as 新闻联播 these run long (the list of leaders at a funeral, the opening of
 * every committee meeting), but each is found in many articles.
 */
public final class CopyJudge {

  /** Letters or digits a shared run needs: longer than most formulas ("应国家主席习近平邀请" is 10). */
  public static final int RUN = 20;
  /** Articles of the corpus a run may be found in and still count: more, and it is a formula. */
  public static final int MAX_ARTICLES = 10;
  /** The least share of the shorter text in counted runs for the two texts to be one story. */
  public static final double SAME_STORY = 0.5;

  private CopyJudge() {}

  /**
   * For each pair of texts, the share of the shorter one's letters and digits that lie in runs the
   * other holds too and that at most {@link #MAX_ARTICLES} texts of {@code corpus} hold.
   */
  public static double[] shared(List<String[]> pairs, Collection<String> corpus) {
    List<Set<Long>> sharedRuns = new ArrayList<>();
    Set<Long> candidates = new HashSet<>();
    for (String[] pair : pairs) {
      Set<Long> both = new HashSet<>(runs(letters(pair[0])));
      both.retainAll(new HashSet<>(runs(letters(pair[1]))));
      sharedRuns.add(both);
      candidates.addAll(both);
    }
    Map<Long, Integer> articles = new HashMap<>();
    for (String text : corpus) {
      for (long run : new HashSet<>(runs(letters(text)))) {
        if (candidates.contains(run)) {
          articles.merge(run, 1, Integer::sum);
        }
      }
    }
    double[] shared = new double[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      String a = letters(pairs.get(p)[0]);
      String b = letters(pairs.get(p)[1]);
      Set<Long> counted = sharedRuns.get(p);
      counted.removeIf(run -> articles.getOrDefault(run, 0) > MAX_ARTICLES);
      shared[p] = coverage(a.length() <= b.length() ? a : b, counted);
    }
    return shared;
  }

  /** The share of {@code text} covered by the runs starting at positions whose run is in {@code counted}. */
  static double coverage(String text, Set<Long> counted) {
    if (text.isEmpty()) {
      return 0;
    }
    List<Long> runs = runs(text);
    int covered = 0;
    int coveredUpTo = 0; // every position before this one is counted already
    for (int i = 0; i < runs.size(); i++) {
      if (counted.contains(runs.get(i))) {
        covered += i + RUN - Math.max(i, coveredUpTo);
        coveredUpTo = i + RUN;
      }
    }
    return (double) covered / text.length();
  }

  /** A 64-bit hash of every run of {@link #RUN} characters of {@code text}, by start position. */
  static List<Long> runs(String text) {
    List<Long> runs = new ArrayList<>(Math.max(0, text.length() - RUN + 1));
    for (int i = 0; i + RUN <= text.length(); i++) {
      runs.add(hash(text, i));
    }
    return runs;
  }

  private static long hash(String text, int start) {
    long h = 1125899906842597L;
    for (int i = start; i < start + RUN; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
  }

  /** The letters and digits of a text, in order. */
  public static String letters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
