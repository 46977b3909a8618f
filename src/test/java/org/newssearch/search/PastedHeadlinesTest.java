package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.eval.Corpus;

/**
 * A headline pasted as a query always searches, and finds its own article: 280 real headlines from
 * every corpus in {@code ../shared/corpora} (skipped without it), with their curly quotes, full-width
 * colons and parentheses, question marks and dashes.
 */
class PastedHeadlinesTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final Map<String, Integer> SAMPLE = Map.of(
      "zh-cctv-xwlb.jsonl.gz", 100, "zh-Hant-twins-s2tw.jsonl.gz", 60,
      "en-bbc-2004.jsonl.gz", 40, "ru-wikinews-nerel.jsonl.gz", 40, "uk-brown-press.jsonl.gz", 40);

  @TempDir Path tmp;

  @Test
  void everyPastedHeadlineSearchesAndFindsItsOwnArticle() throws Exception {
    assumeTrue(Files.isDirectory(CORPORA), "../shared/corpora is not beside the project");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> articles = new ArrayList<>();
    for (Map.Entry<String, Integer> corpus : SAMPLE.entrySet()) {
      List<JsonNode> rows = Corpus.nodes(CORPORA.resolve(corpus.getKey()), Integer.MAX_VALUE);
      Random random = new Random(corpus.getKey().hashCode());
      for (int i = 0; i < corpus.getValue(); i++) {
        articles.add(rows.get(random.nextInt(rows.size())));
      }
    }
    Path input = tmp.resolve("headlines.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (JsonNode article : articles) {
        out.write(json.writeValueAsString(article));
        out.newLine();
      }
    }
    List<String> failures = new ArrayList<>();
    int searched = 0;
    try (SearchService search = new SearchService(TestIndexes.build(List.of(input)))) {
      for (JsonNode article : articles) {
        String id = article.get("id").asText();
        if (search.article(id).isEmpty()) {
          continue; // not indexed (a duplicate, or cleaned away): nothing to find
        }
        String title = search.article(id).get().title();
        searched++;
        try {
          SearchResult result = search.search(new SearchRequest(title, java.util.Map.of(), null, null,
              SortOrder.RELEVANCE, SearchRequest.MAX_SIZE, 1, false, SearchRequest.DEFAULT_FACET_SIZE, null));
          if (result.hits().stream().noneMatch(hit -> hit.id().equals(id))) {
            failures.add(title + " -> " + result.total() + " hits without its article " + id);
          }
        } catch (BadRequestException e) {
          failures.add(title + " -> 400 " + e.getMessage());
        }
      }
    }
    assertThat(searched).isGreaterThanOrEqualTo(250);
    assertThat(failures).isEmpty();
  }
}
