package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newssearch.search.BadRequestException;

/** A cluster cursor holds the index its page came from and the last hit's sort values; anything else is a 400. */
class ClusterCursorTest {

  @Test
  void aCursorReadsBackAsTheIndexAndSortValuesOfTheLastHit() throws Exception {
    String cursor = ClusterCursor.encode(OpenSearchClient.JSON.readTree(
        "{\"_index\":\"newssearch-000003\",\"_id\":\"a1\",\"_score\":1.5,\"sort\":[1.5,\"a1\"]}"));
    assertThat(cursor).isEqualTo("WyJuZXdzc2VhcmNoLTAwMDAwMyIsWzEuNSwiYTEiXV0");
    ClusterCursor.Position position = ClusterCursor.decode(cursor);
    assertThat(position.index()).isEqualTo("newssearch-000003");
    assertThat(position.after().toString()).isEqualTo("[1.5,\"a1\"]");
  }

  @Test
  void aCursorThisBackendDidNotMakeIsABadRequest() {
    // garbage; not Base64 of JSON; another index; the embedded backend's cursor
    for (String cursor : new String[] {"garbage", "e30", "WyJvdGhlciIsWzEuNSwiYTEiXV0", "Z2VuLTAwMDAwMS45fHJlbGV2YW5jZXwxfDEuMA"}) {
      assertThatThrownBy(() -> ClusterCursor.decode(cursor)).as(cursor).isInstanceOf(BadRequestException.class)
          .hasMessage("bad cursor '" + cursor + "'");
    }
  }
}
