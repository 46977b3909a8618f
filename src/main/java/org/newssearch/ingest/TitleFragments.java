package org.newssearch.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds fragments of an article's own headline injected between its words ("乌分", "头谈", "却缺"
 * cut from "美与俄乌分头谈…却缺席北约外长会"): the second half of {@link SpamFilter}'s work.
 *
 * <p>A fragment is a run of 2 to 6 Han characters that matches the headline exactly and no further
 * (a longer match is a real quotation of the headline). It is injected when it occurs at least twice,
 * every occurrence can be cut leaving a seam the article attests, and it belongs to a chain of at
 * least three such fragments that lie side by side in the headline, two of which cut across words the
 * article uses ("乌分" from "俄乌分头", where the article writes "俄乌冲突"): spam tools cut the headline
 * at arbitrary points, while an article's own words for its subject follow the headline's words.
 */
final class TitleFragments {

  private static final int MIN_LENGTH = 2;
  private static final int MAX_LENGTH = 6;
  private static final int MIN_CHAIN = 3;
  private static final int MIN_OCCURRENCES = 2;
  private static final int MIN_CROSSING = 2;

  private TitleFragments() {}

  /**
   * The fragments found.
   *
   * @param injected fragments to cut
   * @param suspected true when a chain of headline pieces was seen that is too thin to cut safely
   */
  record Found(Set<String> injected, boolean suspected) {}

  static Found find(String text, String title) {
    Map<String, List<Integer>> occurrences = new LinkedHashMap<>();
    for (int[] match : isolatedMatches(text, title)) {
      occurrences.computeIfAbsent(text.substring(match[0], match[0] + match[1]), k -> new ArrayList<>()).add(match[0]);
    }
    List<String> safe = new ArrayList<>();
    List<String> thin = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : occurrences.entrySet()) {
      if (!seamsAttested(text, entry.getKey(), entry.getValue(), title)) {
        continue;
      }
      (entry.getValue().size() >= MIN_OCCURRENCES ? safe : thin).add(entry.getKey());
    }
    Set<String> injected = chained(safe, title, text);
    List<String> all = new ArrayList<>(safe);
    all.addAll(thin);
    boolean suspected = injected.isEmpty() && !chained(all, title, text).isEmpty();
    return new Found(injected, suspected);
  }

  /** {@code text} without the isolated occurrences of {@code fragments}. */
  static String remove(String text, Set<String> fragments, String title) {
    if (fragments.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (int[] match : isolatedMatches(text, title)) {
      if (fragments.contains(text.substring(match[0], match[0] + match[1]))) {
        out.append(text, last, match[0]);
        last = match[0] + match[1];
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Greedy longest matches of headline substrings: {start, length} of those that are fragments. */
  private static List<int[]> isolatedMatches(String text, String title) {
    List<int[]> matches = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!SpamFilter.isHan(text.charAt(i))) {
        i++;
        continue;
      }
      int length = 0;
      while (i + length < text.length() && title.contains(text.substring(i, i + length + 1))) {
        length++;
      }
      boolean extendsLeft = i > 0 && title.contains(text.substring(i - 1, i + length));
      if (length >= MIN_LENGTH && length <= MAX_LENGTH && !extendsLeft && allHan(text, i, i + length)) {
        matches.add(new int[] {i, length});
      }
      i += Math.max(length, 1);
    }
    return matches;
  }

  private static boolean seamsAttested(String text, String fragment, List<Integer> starts, String title) {
    String rest = remove(text, Set.of(fragment), title);
    for (int start : starts) {
      int before = start > 0 ? text.codePointBefore(start) : -1;
      int end = start + fragment.length();
      int after = end < text.length() ? text.codePointAt(end) : -1;
      if (!SpamFilter.seamAttested(rest, before, after)) {
        return false;
      }
      // An inserted piece breaks the pairs around it; a real word sits in pairs the article has elsewhere.
      boolean hanNeighbour = SpamFilter.isHan(before) || SpamFilter.isHan(after);
      if (hanNeighbour
          && !SpamFilter.unattested(rest, before, fragment.codePointAt(0))
          && !SpamFilter.unattested(rest, fragment.codePointBefore(fragment.length()), after)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fragments of the best chain lying side by side in the headline (the one with the most pieces
   * that cut across words the article uses), when it has at least three pieces, two of them cutting.
   */
  private static Set<String> chained(List<String> fragments, String title, String text) {
    List<String> byPosition = new ArrayList<>(fragments);
    byPosition.sort(Comparator.comparingInt(title::indexOf));
    int n = byPosition.size();
    int[] length = new int[n];
    int[] crossings = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      String fragment = byPosition.get(i);
      int start = title.indexOf(fragment);
      int crossing = crossesWords(fragment, title, text) ? 1 : 0;
      length[i] = 1;
      crossings[i] = crossing;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        int end = title.indexOf(byPosition.get(j)) + byPosition.get(j).length();
        boolean adjacent = end <= start && allNonHan(title, end, start);
        if (adjacent && (crossings[j] + crossing > crossings[i]
            || crossings[j] + crossing == crossings[i] && length[j] + 1 > length[i])) {
          length[i] = length[j] + 1;
          crossings[i] = crossings[j] + crossing;
          previous[i] = j;
        }
      }
      if (best < 0 || crossings[i] > crossings[best] || crossings[i] == crossings[best] && length[i] > length[best]) {
        best = i;
      }
    }
    Set<String> chain = new TreeSet<>();
    if (best >= 0 && length[best] >= MIN_CHAIN && crossings[best] >= MIN_CROSSING) {
      for (int i = best; i >= 0; i = previous[i]) {
        chain.add(byPosition.get(i));
      }
    }
    return chain;
  }

  /**
   * True when the fragment's edge in the headline cuts through a character pair that the article
   * uses on its own (not as part of this fragment): "乌分" cut from "俄乌分头", where "俄乌" is a word.
   */
  static boolean crossesWords(String fragment, String title, String text) {
    // A piece that is a word of the article also stands inside longer runs; an injected one never does.
    long isolated = isolatedMatches(text, title).stream()
        .filter(m -> text.startsWith(fragment, m[0]) && m[1] == fragment.length()).count();
    if (count(text, fragment) != isolated) {
      return false;
    }
    int start = title.indexOf(fragment);
    int end = start + fragment.length();
    if (start > 0 && SpamFilter.isHan(title.charAt(start - 1))) {
      String pair = title.substring(start - 1, start + 1);
      for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
        if (!text.startsWith(fragment, at + 1)) {
          return true;
        }
      }
    }
    if (end < title.length() && SpamFilter.isHan(title.charAt(end))) {
      String pair = title.substring(end - 1, end + 1);
      for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
        int fragmentStart = at + 1 - fragment.length();
        if (fragmentStart < 0 || !text.startsWith(fragment, fragmentStart)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int count(String text, String fragment) {
    int n = 0;
    for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
      n++;
    }
    return n;
  }

  private static boolean allNonHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SpamFilter.isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
