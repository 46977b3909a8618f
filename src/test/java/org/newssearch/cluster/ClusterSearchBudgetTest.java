package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssearch.cluster.RecordedCluster.Answer;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchLimits;
import org.newssearch.web.HttpClientForTests;
import org.newssearch.web.WebServer;

/**
 * The search budget on a cluster: every search carries it as OpenSearch's {@code timeout}, and an
 * answer the shards cut short ({@code timed_out}) is the embedded search's 503, not partial hits.
 */
class ClusterSearchBudgetTest {

  /** OpenSearch 3.8's answer when the shards stopped collecting at the timeout before finding anything. */
  private static final Answer TIMED_OUT = new Answer(200, "{\"took\":251,\"timed_out\":true,\"_shards\":{\"total\":2,"
      + "\"successful\":2,\"skipped\":0,\"failed\":0},\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},"
      + "\"max_score\":null,\"hits\":[]}}");

  @Test
  void aSearchTheShardsCutShortIsA503ThatNamesTheBudget() throws Exception {
    try (RecordedCluster cluster = new RecordedCluster(Map.of(
        "POST /newssearch/_search?search_type=dfs_query_then_fetch", TIMED_OUT))) {
      OpenSearchBackend backend = new OpenSearchBackend(new OpenSearchClient(List.of(cluster.uri())),
          NameVariants::shipped, new SearchLimits(Duration.ofMillis(250)));
      try (WebServer server = WebServer.start(backend, "127.0.0.1", 0)) {
        HttpClientForTests http = new HttpClientForTests(server.port());
        for (String path : List.of("/api/search?q=%E4%B8%AD%E5%9B%BD", "/api/timeline?q=news")) {
          HttpResponse<String> answer = http.get(path);
          assertThat(answer.statusCode()).as(path).isEqualTo(503);
          assertThat(answer.headers().firstValue("Retry-After")).as(path).contains("5");
          assertThat(answer.body()).as(path)
              .contains("the search took longer than its budget of 250 ms and was stopped").contains("--search-budget-ms");
        }
      }
      assertThat(cluster.received).isNotEmpty().allMatch(request -> request.contains("\"timeout\":\"250ms\""));
    }
  }
}
