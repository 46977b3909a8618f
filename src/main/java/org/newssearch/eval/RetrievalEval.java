package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newssearch.search.SearchService;

/**
 * Known-item retrieval: for a sample of articles, their editor tags (OR-ed) are the query, and the
 * article itself is the one right answer. Scores MRR@10 and success@10 for smartcn words alone, CJK
 * bigrams alone, and the product's combination of every field.
 */
public final class RetrievalEval {

  /** The field sets compared. */
  public enum Fields {
    WORDS(List.of("zh")),
    BIGRAMS(List.of("cjk")),
    PRODUCT(org.newssearch.index.Schema.SUFFIXES);

    final List<String> suffixes;

    Fields(List<String> suffixes) {
      this.suffixes = suffixes;
    }
  }

  /**
   * @param fields which fields were searched
   * @param queries queries asked
   * @param mrr mean reciprocal rank of the article within the top 10 (0 when absent)
   * @param success share of queries whose article is in the top 10
   */
  public record Score(Fields fields, int queries, double mrr, double success) {}

  private RetrievalEval() {}

  /** One query per sampled article with at least one tag, the same sample for every field set. */
  public static List<Score> run(SearchService search, List<JsonNode> rows, int sample, long seed) throws IOException {
    List<JsonNode> picked = sample(rows, sample, seed);
    List<Score> scores = new ArrayList<>();
    for (Fields fields : Fields.values()) {
      double reciprocal = 0;
      int found = 0;
      for (JsonNode row : picked) {
        List<String> top = search.topIds(query(row), 10, fields.suffixes);
        int rank = top.indexOf(row.path("id").asText());
        if (rank >= 0) {
          reciprocal += 1.0 / (rank + 1);
          found++;
        }
      }
      scores.add(new Score(fields, picked.size(), reciprocal / picked.size(), found / (double) picked.size()));
    }
    return scores;
  }

  /** The tags, each quoted as a phrase, joined by OR. */
  static String query(JsonNode row) {
    List<String> tags = new ArrayList<>();
    row.path("tags").forEach(t -> {
      String tag = t.asText().replace("\"", "").strip();
      if (!tag.isEmpty()) {
        tags.add('"' + tag + '"');
      }
    });
    return String.join(" OR ", tags);
  }

  private static List<JsonNode> sample(List<JsonNode> rows, int n, long seed) {
    List<JsonNode> tagged = rows.stream().filter(r -> r.path("tags").size() > 0).toList();
    List<JsonNode> shuffled = new ArrayList<>(tagged);
    java.util.Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(n, shuffled.size()));
  }
}
