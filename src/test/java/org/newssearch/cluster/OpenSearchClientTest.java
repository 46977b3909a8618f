package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssearch.cluster.RecordedCluster.Answer;

/** A node that fails a read with a 5xx (as one leaving the cluster does) is passed over; a write is not sent twice. */
class OpenSearchClientTest {

  private static final String SEARCH = "POST /newssearch/_search?search_type=dfs_query_then_fetch";
  private static final String ALIASES = "POST /_aliases";

  @Test
  void aSearchThatANodeFailsIsAskedOfTheNextAndAWriteIsNot() throws Exception {
    Answer failed = new Answer(500, "{}");
    try (RecordedCluster leaving = new RecordedCluster(Map.of(SEARCH, failed, ALIASES, failed));
        RecordedCluster healthy = new RecordedCluster(Map.of(SEARCH, new Answer(200, "{\"hits\":{\"total\":{\"value\":3}}}"),
            ALIASES, new Answer(200, "{\"acknowledged\":true}")))) {
      OpenSearchClient client = new OpenSearchClient(List.of(leaving.uri(), healthy.uri()));

      OpenSearchClient.Response search = client.send("POST", "newssearch/_search?search_type=dfs_query_then_fetch", "{}");
      assertThat(search.status()).isEqualTo(200);
      assertThat(search.json().path("hits").path("total").path("value").asInt()).isEqualTo(3);

      // The healthy node answered last and is asked first now: make the failing one first again.
      OpenSearchClient writer = new OpenSearchClient(List.of(leaving.uri(), healthy.uri()));
      assertThat(writer.send("POST", "_aliases", "{}").status()).isEqualTo(500);
      assertThat(healthy.received).noneMatch(request -> request.startsWith(ALIASES));
    }
  }

  @Test
  void readsAreGetHeadSearchAndCount() {
    assertThat(OpenSearchClient.isRead("GET", "_nodes/plugins")).isTrue();
    assertThat(OpenSearchClient.isRead("POST", "newssearch/_search?search_type=dfs_query_then_fetch")).isTrue();
    assertThat(OpenSearchClient.isRead("POST", "_search")).isTrue();
    assertThat(OpenSearchClient.isRead("POST", "newssearch/_count")).isTrue();
    assertThat(OpenSearchClient.isRead("POST", "_aliases")).isFalse();
    assertThat(OpenSearchClient.isRead("POST", "_bulk")).isFalse();
    assertThat(OpenSearchClient.isRead("POST", "newssearch/_search/point_in_time?keep_alive=1m")).isFalse();
  }
}
