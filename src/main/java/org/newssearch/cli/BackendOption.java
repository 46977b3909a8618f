package org.newssearch.cli;

import org.newssearch.cluster.OpenSearchClient;
import picocli.CommandLine.Option;

/**
 * {@code --backend embedded|opensearch} and {@code --opensearch URL[,URL...]}: where the index lives,
 * a directory (the default) or an OpenSearch cluster with the newssearch plugin (a picocli mixin).
 */
final class BackendOption {

  /** Where the index lives. */
  enum Backend { EMBEDDED, OPENSEARCH }

  /** The node asked when {@code --opensearch} is not given. */
  static final String DEFAULT_NODE = "http://localhost:9200";

  @Option(names = "--backend", paramLabel = "embedded|opensearch",
      description = "Where the index lives: embedded (a directory, the default) or opensearch (a cluster with the "
          + "newssearch plugin, see --opensearch).")
  Backend backend = Backend.EMBEDDED;

  @Option(names = "--opensearch", paramLabel = "URL[,URL...]",
      description = "With --backend opensearch: the cluster's nodes, asked in turn (default: " + DEFAULT_NODE + ").")
  String nodes;

  /** Whether the index is on a cluster; {@code --opensearch} without {@code --backend opensearch} is a mistake. */
  boolean cluster() {
    if (backend == Backend.EMBEDDED && nodes != null) {
      throw new IllegalArgumentException("--opensearch " + nodes + " is given with the embedded backend: add --backend "
          + "opensearch to use the cluster, or leave --opensearch out");
    }
    return backend == Backend.OPENSEARCH;
  }

  /** A client of the cluster's nodes. */
  OpenSearchClient client() {
    return new OpenSearchClient(OpenSearchClient.parseNodes(nodes == null ? DEFAULT_NODE : nodes));
  }
}
