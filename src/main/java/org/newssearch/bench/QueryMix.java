package org.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic mix of researcher queries built from a corpus's editor tags: one tag, two tags (AND),
 * either of two (OR), a tag in titles only, and a tag within one year sorted by date. Each query is a
 * map of API parameters; the mix is the same for the same seed.
 */
public final class QueryMix {

  private QueryMix() {}

  public static List<Map<String, List<String>>> of(List<JsonNode> rows, int n, long seed) {
    Random random = new Random(seed);
    List<Map<String, List<String>>> queries = new ArrayList<>(n);
    while (queries.size() < n) {
      JsonNode row = rows.get(random.nextInt(rows.size()));
      List<String> tags = new ArrayList<>();
      // Tags are words, not syntax: quotes of every script, brackets and operator characters go.
      row.path("tags").forEach(t -> tags.add(t.asText().replaceAll("[\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s\"':*~^!+\\-/\\\\]", "")));
      tags.removeIf(String::isBlank);
      if (tags.size() < 2) {
        continue;
      }
      Map<String, List<String>> q = new LinkedHashMap<>();
      int kind = random.nextInt(10);
      String a = tags.get(0);
      String b = tags.get(1);
      if (kind < 4) {
        q.put("q", List.of(a));
      } else if (kind < 7) {
        q.put("q", List.of(a + " " + b));
      } else if (kind < 8) {
        q.put("q", List.of(a + " OR " + b));
      } else if (kind < 9) {
        q.put("q", List.of("title:" + a));
      } else {
        String year = row.path("date").asText("2020").substring(0, 4);
        q.put("q", List.of(a));
        q.put("from", List.of(year + "-01-01"));
        q.put("to", List.of(year + "-12-31"));
        q.put("sort", List.of("date"));
      }
      queries.add(q);
    }
    return queries;
  }
}
