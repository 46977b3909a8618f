package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchLimits;
import org.newssearch.web.HttpClientForTests;
import org.newssearch.web.WebServer;

/** A cluster that stops answering while serve runs: a 503 that says so and names the nodes, never a 500. */
class ClusterDownHttpTest {

  @Test
  void aSearchWhileTheClusterIsDownIsA503WithTheSentence() throws Exception {
    URI down = RecordedCluster.down();
    OpenSearchBackend backend = new OpenSearchBackend(new OpenSearchClient(List.of(down)), NameVariants::shipped, SearchLimits.DEFAULT);
    try (WebServer server = WebServer.start(backend, "127.0.0.1", 0)) {
      HttpClientForTests http = new HttpClientForTests(server.port());
      for (String path : List.of("/api/search?q=news", "/api/stats", "/api/articles/a1", "/api/timeline?q=news")) {
        HttpResponse<String> answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).as(path).contains("5");
        assertThat(answer.body()).as(path).contains("\"error\":\"the search cluster did not answer\"")
            .contains("cannot reach OpenSearch at " + down + " (connection refused): start the cluster, or pass "
                + "--opensearch with the URL of a running node");
      }
      assertThat(http.get("/api/search?q=%22unclosed").statusCode()).isEqualTo(400); // checked before the cluster is asked
    }
  }
}
