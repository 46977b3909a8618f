package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Every hit of a search, more than one answer may hold, read a page at a time through a point in
 * time (one view of the index however long the reading takes): an export, or the articles a new
 * copy may join.
 */
final class PointInTimeScan {

  /** Hits read per request. */
  static final int PAGE = 1000;

  private PointInTimeScan() {}

  /**
   * Gives {@code each} every hit of the pages {@code page} asks for ({@code page.apply(pit, after)}: a
   * search body over the point in time, sorted, after the sort values {@code after}, null at first).
   */
  static void each(OpenSearchClient client, String index, BiFunction<String, JsonNode, ObjectNode> page,
      Consumer<JsonNode> each) throws ClusterException {
    String pit = client.ok("POST", index + "/_search/point_in_time?keep_alive=1m", null).path("pit_id").asText();
    try {
      JsonNode after = null;
      while (true) {
        JsonNode hits = client.ok("POST", "_search", page.apply(pit, after).toString()).path("hits").path("hits");
        hits.forEach(each);
        if (hits.size() < PAGE) {
          return;
        }
        after = hits.get(hits.size() - 1).path("sort");
      }
    } finally {
      ObjectNode close = ClusterRequests.NODES.objectNode();
      close.putArray("pit_id").add(pit);
      client.send("DELETE", "_search/point_in_time", close.toString());
    }
  }
}
