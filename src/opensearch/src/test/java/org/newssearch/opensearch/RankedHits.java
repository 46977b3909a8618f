package org.newssearch.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How two backends' answers are compared ({@link CrossBackendIT}): hits ties aside, and marked words. */
final class RankedHits {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private RankedHits() {}

  /**
   * The ids of {@code hits} cut into the groups of equal rank key that {@code reference} (the
   * embedded hits) has (its scores to 3 decimals, or its dates when sorted by date), each group's ids
   * sorted; the last group, which the page may cut, by its size only. Equal for two lists of hits
   * that rank alike, ties aside.
   */
  static List<String> ranks(List<Map<String, Object>> reference, List<Map<String, Object>> hits, boolean byDate) {
    List<String> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= reference.size(); i++) {
      if (i == reference.size() || !key(reference.get(i), byDate).equals(key(reference.get(start), byDate))) {
        if (i == reference.size()) {
          groups.add((i - start) + " hits");
        } else {
          groups.add(hits.subList(Math.min(start, hits.size()), Math.min(i, hits.size())).stream()
              .map(hit -> (String) hit.get("id")).sorted().toList().toString());
        }
        start = i;
      }
    }
    return groups;
  }

  /**
   * The page's ids as a set, and how many hits, leaving out the hits tied with the last one (the
   * page may cut their group) and, on a later page, those tied with the first: the same top hits,
   * ties aside.
   */
  static String top(List<Map<String, Object>> reference, List<Map<String, Object>> hits, boolean byDate,
      boolean cutBefore) {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < Math.min(reference.size(), hits.size()); i++) {
      String k = key(reference.get(i), byDate);
      boolean tiedWithLast = k.equals(key(reference.get(reference.size() - 1), byDate));
      boolean tiedWithFirst = cutBefore && k.equals(key(reference.get(0), byDate));
      if (!tiedWithLast && !tiedWithFirst) {
        ids.add((String) reference.get(i).get("id"));
      }
    }
    Set<String> found = new TreeSet<>();
    hits.forEach(hit -> found.add((String) hit.get("id")));
    ids.removeAll(found);
    return hits.size() + " hits, missing " + ids;
  }

  /** The hits of a search by story with each hit's story (copy group) as its id. */
  static List<Map<String, Object>> asStories(List<Map<String, Object>> hits) {
    return hits.stream().map(hit -> {
      Map<String, Object> story = new java.util.HashMap<>(hit);
      story.put("id", hit.get("copyGroup"));
      return story;
    }).toList();
  }

  /** The hits as {@code id@key (copy group)}, in order: what a mismatch prints. */
  static String listing(List<Map<String, Object>> hits, boolean byDate) {
    return hits.stream().map(hit -> hit.get("id") + "@" + key(hit, byDate) + " (" + hit.get("copyGroup") + ")").toList()
        .toString();
  }

  static String key(Map<String, Object> hit, boolean byDate) {
    return byDate ? String.valueOf(hit.get("date"))
        : String.format(Locale.ROOT, "%.3f", ((Number) hit.get("score")).doubleValue());
  }

  /** The marked passages of {@code html}, in order. */
  static List<String> marks(String html) {
    List<String> marks = new ArrayList<>();
    Matcher m = MARK.matcher(html);
    while (m.find()) {
      marks.add(m.group(1));
    }
    return marks;
  }
}
