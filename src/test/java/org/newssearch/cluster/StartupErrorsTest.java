package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newssearch.cluster.RecordedCluster.Answer;

/**
 * Each way a cluster can be unfit to use is one sentence that says what to do: down, without the
 * plugin, with another version of it, without an index, with an index of an older build.
 */
class StartupErrorsTest {

  private static final String VERSION = "0.1.0-SNAPSHOT";
  private static final String ALIAS = "{\"newssearch-000001\":{\"aliases\":{\"newssearch\":{}}}}";

  private static ClusterCheck check(URI... nodes) {
    return new ClusterCheck(new OpenSearchClient(List.of(nodes)), VERSION);
  }

  @Test
  void aClusterThatIsDownIsNamedWithWhatToDo() throws Exception {
    URI down = RecordedCluster.down();
    assertThatThrownBy(() -> check(down).serving()).isInstanceOf(ClusterException.class)
        .hasMessage("cannot reach OpenSearch at " + down + " (connection refused): start the cluster, or pass "
            + "--opensearch with the URL of a running node");
  }

  @Test
  void aNodeThatIsDownIsPassedOverForTheNextOne() throws Exception {
    URI down = RecordedCluster.down();
    try (RecordedCluster up = new RecordedCluster(Map.of("GET /_nodes/plugins",
        RecordedCluster.nodesWithPlugins("newssearch:" + VERSION, "newssearch:" + VERSION)))) {
      check(down, up.uri()).plugin();
      assertThat(up.received).containsExactly("GET /_nodes/plugins");
    }
  }

  @Test
  void aNodeWithoutThePluginIsNamedWithHowToInstallIt() throws Exception {
    try (RecordedCluster cluster = new RecordedCluster(Map.of("GET /_nodes/plugins",
        RecordedCluster.nodesWithPlugins("newssearch:" + VERSION, null)))) {
      assertThatThrownBy(() -> check(cluster.uri()).serving()).isInstanceOf(ClusterException.class)
          .hasMessage("the OpenSearch node node-2 (cluster at " + cluster.uri() + ") has no newssearch plugin: install "
              + "newssearch-opensearch-0.1.0-SNAPSHOT.zip on every node with bin/opensearch-plugin install "
              + "file:///path/to/it and restart them (README, \"OpenSearch\")");
    }
  }

  @Test
  void aPluginOfAnotherVersionIsNamedWithBothVersions() throws Exception {
    try (RecordedCluster cluster = new RecordedCluster(Map.of("GET /_nodes/plugins",
        RecordedCluster.nodesWithPlugins("newssearch:0.0.9", "newssearch:0.0.9")))) {
      assertThatThrownBy(() -> check(cluster.uri()).serving()).isInstanceOf(ClusterException.class)
          .hasMessage("the newssearch plugin on the OpenSearch node node-1 is version 0.0.9, and this build needs "
              + "0.1.0-SNAPSHOT: on every node run bin/opensearch-plugin remove newssearch, install "
              + "newssearch-opensearch-0.1.0-SNAPSHOT.zip and restart");
    }
  }

  @Test
  void aClusterWithoutTheIndexSaysHowToBuildIt() throws Exception {
    try (RecordedCluster cluster = new RecordedCluster(Map.of(
        "GET /_nodes/plugins", RecordedCluster.nodesWithPlugins("newssearch:" + VERSION, "newssearch:" + VERSION),
        "GET /_alias/newssearch", new Answer(404, "{\"error\":\"alias [newssearch] missing\",\"status\":404}")))) {
      assertThatThrownBy(() -> check(cluster.uri()).serving()).isInstanceOf(ClusterException.class)
          .hasMessage("the cluster at " + cluster.uri() + " has no newssearch index (no alias newssearch): build one "
              + "with: newssearch index --backend opensearch --opensearch " + cluster.uri());
    }
  }

  @Test
  void anIndexMadeByAnOlderBuildSaysToRebuild() throws Exception {
    try (RecordedCluster cluster = servingAnIndexMappedAs(
        "{\"_meta\":{\"newssearch_mapping\":0},\"properties\":{\"id\":{\"type\":\"keyword\"}}}")) {
      assertThatThrownBy(() -> check(cluster.uri()).serving()).isInstanceOf(ClusterException.class)
          .hasMessage("the index newssearch-000001 was made by an older build (mapping version 0, this build reads 1): "
              + "rebuild it with: newssearch index --backend opensearch --opensearch " + cluster.uri());
    }
  }

  @Test
  void anIndexOfThisBuildServes() throws Exception {
    try (RecordedCluster cluster = servingAnIndexMappedAs(ClusterIndexes.template().path("template").path("mappings").toString())) {
      assertThat(check(cluster.uri()).serving()).isEqualTo("newssearch-000001");
    }
  }

  /** A cluster with the plugin on every node whose alias names newssearch-000001, mapped by {@code mappings}. */
  private static RecordedCluster servingAnIndexMappedAs(String mappings) throws Exception {
    return new RecordedCluster(Map.of(
        "GET /_nodes/plugins", RecordedCluster.nodesWithPlugins("newssearch:" + VERSION, "newssearch:" + VERSION),
        "GET /_alias/newssearch", new Answer(200, ALIAS),
        "GET /newssearch-000001/_mapping", new Answer(200, "{\"newssearch-000001\":{\"mappings\":" + mappings + "}}")));
  }

  @Test
  void aBadNodeAddressNamesTheAcceptedForm() {
    assertThatThrownBy(() -> OpenSearchClient.parseNodes("http://a:9200,localhost:9200"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad --opensearch 'localhost:9200': accepted: http://host:port, several separated by commas "
            + "(http://node1:9200,http://node2:9200)");
  }
}
