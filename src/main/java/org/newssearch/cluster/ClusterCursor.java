package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.newssearch.search.BadRequestException;

/**
 * The cursor of the cluster backend: the sort values of a page's last hit ({@code search_after}),
 * opaque to the client (URL-safe Base64 of their JSON).
 */
final class ClusterCursor {

  private ClusterCursor() {}

  static String encode(JsonNode sortValues) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortValues.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort values in a cursor.
   *
   * @throws BadRequestException when it is not a cursor this backend made
   */
  static JsonNode decode(String cursor) {
    try {
      JsonNode values = OpenSearchClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (values != null && values.isArray() && values.size() == 2) {
        return values;
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
