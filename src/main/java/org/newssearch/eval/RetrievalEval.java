package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newssearch.index.Schema;
import org.newssearch.search.SearchService;

/**
 * Known-item retrieval: for a sample of articles, their editor tags (each quoted as a phrase, OR-ed)
 * are the query, and the article itself is the one right answer. Scores MRR@10 and success@10 for
 * the product's ranking and for the reference ranking of the Solr peer ({@link BareSmartcnRanker})
 * over the same articles.
 */
public final class RetrievalEval {

  /** How many hits count: the rank of the article within the top 10. */
  private static final int TOP = 10;

  /**
   * @param ranker which ranking was asked
   * @param queries queries asked
   * @param mrr mean reciprocal rank of the article within the top 10 (0 when absent)
   * @param success share of queries whose article is in the top 10
   */
  public record Score(String ranker, int queries, double mrr, double success) {}

  /** One ranking under test: the ids of the best articles for a list of tags. */
  private interface Ranker {
    List<String> topIds(List<String> tags) throws IOException;
  }

  private RetrievalEval() {}

  /**
   * One query per sampled article with at least one tag, the same sample for every ranking.
   *
   * @param rows the articles of the index, as corpus lines (the sample is drawn from them)
   * @param tags how many of an article's tags make its query, the first ones (0: all)
   * @param scratch an empty directory for the reference ranker's index
   */
  public static List<Score> run(SearchService search, List<JsonNode> rows, int sample, int tags, long seed,
      Path scratch) throws IOException {
    List<JsonNode> picked = sample(rows, sample, seed);
    try (BareSmartcnRanker bare = new BareSmartcnRanker(rows, scratch)) {
      Map<String, Ranker> rankers = new LinkedHashMap<>();
      rankers.put("bare smartcn", t -> bare.topIds(t, TOP));
      rankers.put("product", t -> search.topIds(query(t), TOP, Schema.SUFFIXES));
      List<Score> scores = new ArrayList<>();
      for (Map.Entry<String, Ranker> ranker : rankers.entrySet()) {
        scores.add(score(ranker.getKey(), ranker.getValue(), picked, tags));
      }
      return scores;
    }
  }

  private static Score score(String name, Ranker ranker, List<JsonNode> picked, int tags) throws IOException {
    double reciprocal = 0;
    int found = 0;
    for (JsonNode row : picked) {
      int rank = ranker.topIds(tags(row, tags)).indexOf(row.path("id").asText());
      if (rank >= 0) {
        reciprocal += 1.0 / (rank + 1);
        found++;
      }
    }
    return new Score(name, picked.size(), reciprocal / picked.size(), found / (double) picked.size());
  }

  /** The first {@code limit} tags of an article (all when 0), without quotes and blanks. */
  static List<String> tags(JsonNode row, int limit) {
    List<String> tags = new ArrayList<>();
    row.path("tags").forEach(t -> {
      String tag = t.asText().replace("\"", "").strip();
      if (!tag.isEmpty() && (limit == 0 || tags.size() < limit)) {
        tags.add(tag);
      }
    });
    return tags;
  }

  /** The tags, each quoted as a phrase, joined by OR. */
  static String query(List<String> tags) {
    return String.join(" OR ", tags.stream().map(tag -> '"' + tag + '"').toList());
  }

  private static List<JsonNode> sample(List<JsonNode> rows, int n, long seed) {
    List<JsonNode> shuffled = new ArrayList<>(rows.stream().filter(r -> !tags(r, 1).isEmpty()).toList());
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(n, shuffled.size()));
  }
}
