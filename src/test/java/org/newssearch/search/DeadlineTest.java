package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.net.http.HttpResponse;
import org.newssearch.TestIndexes;
import org.newssearch.web.HttpClientForTests;
import org.newssearch.web.TestServer;

/** A search that runs past its budget is stopped with a clear exception; one within it is unchanged. */
class DeadlineTest {

  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void indexManyArticlesFullOfOneCommonWord() throws Exception {
    Path input = dir.resolve("common.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 20_000; i++) {
        out.write("{\"id\":\"c" + i + "\",\"title\":\"第" + i + "篇\",\"body\":\"" + "我的朋友的书的封面的颜色，".repeat(8)
            + i + "\",\"source\":\"s" + (i % 7) + "\"}\n");
      }
    }
    index = TestIndexes.build(List.of(input));
  }

  @Test
  void aPhraseOfSixHundredCommonBigramsWithAHugeSlopIsStoppedAtTheBudget() throws Exception {
    String death = "\"" + "我的 朋友 ".repeat(300).strip() + "\"~1000000";
    try (SearchService search = new SearchService(index, new SearchLimits(Duration.ofMillis(50)))) {
      search.search(SearchRequest.of("朋友")); // loads the dictionaries outside the budget
      long start = System.nanoTime();
      assertThatThrownBy(() -> search.search(SearchRequest.of(death)))
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessage("the search took longer than its budget of 50 ms and was stopped");
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms until stopped").isLessThan(1_000);
      assertThatThrownBy(() -> search.timeline(List.of(death), SearchRequest.of(""), DateHistogram.MONTH))
          .isInstanceOf(SearchTimeoutException.class);
    }
  }

  @Test
  void overHttpASearchPastItsBudgetIsA503WithRetryAfterAndSaysWhatToDo() throws Exception {
    String death = "\"" + "我的 朋友 ".repeat(300).strip() + "\"~1000000";
    try (TestServer server = TestServer.start(index, new SearchLimits(Duration.ofMillis(50)))) {
      server.http().get("/api/search?q=" + HttpClientForTests.enc("朋友"));
      HttpResponse<String> response = server.http().get("/api/search?q=" + HttpClientForTests.enc(death));
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).contains("5");
      assertThat(response.body()).contains("\"error\":\"the search took longer than its budget of 50 ms and was stopped\"")
          .contains("narrow the query");
    }
  }

  @Test
  void aSearchWithinTheBudgetCountsEveryMatchAsWithoutOne() throws Exception {
    try (SearchService search = new SearchService(index)) {
      SearchResult result = search.search(SearchRequest.of("朋友"));
      assertThat(result.total()).isEqualTo(20_000);
      assertThat(result.facets().get("source")).hasSize(7);
    }
  }
}
