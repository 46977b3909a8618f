package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What must hold before the application uses a cluster, each failure said as one sentence with what
 * to do: the cluster answers, every node has the newssearch plugin of this build's version, and (to
 * serve) the alias names an index whose mapping this build made.
 */
public final class ClusterCheck {

  /** The plugin's name in {@code GET _nodes/plugins}. */
  static final String PLUGIN = "newssearch";

  private final OpenSearchClient client;
  private final String version;

  public ClusterCheck(OpenSearchClient client) {
    this(client, ClusterIndexes.buildVersion());
  }

  ClusterCheck(OpenSearchClient client, String version) {
    this.client = client;
    this.version = version;
  }

  /** The cluster answers and every node has the plugin of this build's version. */
  public void plugin() throws ClusterException {
    JsonNode nodes = client.ok("GET", "_nodes/plugins", null).path("nodes");
    for (Map.Entry<String, JsonNode> node : nodes.properties()) {
      String name = node.getValue().path("name").asText(node.getKey());
      JsonNode found = null;
      for (JsonNode plugin : node.getValue().path("plugins")) {
        if (plugin.path("name").asText().equals(PLUGIN)) {
          found = plugin;
        }
      }
      if (found == null) {
        throw new ClusterException("the OpenSearch node " + name + " (cluster at " + client.nodes()
            + ") has no newssearch plugin: install newssearch-opensearch-" + version + ".zip on every node with "
            + "bin/opensearch-plugin install file:///path/to/it and restart them (README, \"OpenSearch\")");
      }
      String theirs = found.path("version").asText();
      if (!theirs.equals(version)) {
        throw new ClusterException("the newssearch plugin on the OpenSearch node " + name + " is version " + theirs
            + ", and this build needs " + version + ": on every node run bin/opensearch-plugin remove newssearch, "
            + "install newssearch-opensearch-" + version + ".zip and restart");
      }
    }
  }

  /** {@link #plugin}, then: the alias names an index, made with this build's mapping version. */
  public String serving() throws ClusterException {
    plugin();
    String index = new ClusterIndexes(client).serving().orElseThrow(() -> new ClusterException(
        "the cluster at " + client.nodes() + " has no newssearch index (no alias " + ClusterIndexes.ALIAS
            + "): build one with: newssearch index --backend opensearch --opensearch " + client.nodes().replace(", ", ",")));
    JsonNode mapping = client.ok("GET", index + "/_mapping", null).path(index).path("mappings");
    int theirs = mapping.path("_meta").path(ClusterIndexes.MAPPING_KEY).asInt(0);
    int ours = ClusterIndexes.mappingVersion();
    if (theirs != ours) {
      throw new ClusterException("the index " + index + " was made by " + (theirs < ours ? "an older" : "a newer")
          + " build (mapping version " + theirs + ", this build reads " + ours + "): rebuild it with: "
          + "newssearch index --backend opensearch --opensearch " + client.nodes().replace(", ", ","));
    }
    return index;
  }
}
