package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.newssearch.search.BadRequestException;

/**
 * The cursor of the cluster backend: the index a page came from and the sort values of its last hit
 * ({@code search_after}), opaque to the client (URL-safe Base64 of their JSON).
 */
final class ClusterCursor {

  /** Where the next page starts: after {@code after} (a hit's sort values) in {@code index}. */
  record Position(String index, JsonNode after) {}

  private ClusterCursor() {}

  /** The cursor to the page after {@code lastHit} (a hit of OpenSearch's answer, with its index and sort values). */
  static String encode(JsonNode lastHit) {
    ArrayNode position = ClusterRequests.NODES.arrayNode().add(lastHit.path("_index").asText());
    position.add(lastHit.path("sort"));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(position.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position in a cursor.
   *
   * @throws BadRequestException when it is not a cursor this backend made
   */
  static Position decode(String cursor) {
    try {
      JsonNode values = OpenSearchClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (values != null && values.isArray() && values.size() == 2 && ClusterIndexes.number(values.get(0).asText()) > 0
          && values.get(1).isArray() && values.get(1).size() == 2) {
        return new Position(values.get(0).asText(), values.get(1));
      }
    } catch (IllegalArgumentException | IOException e) {
      // said below
    }
    throw new BadRequestException("bad cursor '" + cursor + "'",
        "accepted: the nextCursor of a previous page of the same search, unchanged");
  }

  /** An article id as one segment of a URL path. */
  static String path(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
