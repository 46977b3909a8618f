package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.newssearch.cli.CommandLineTest.Run;

/** {@code --backend opensearch} on the command line: a cluster that cannot be used is one sentence, exit 1. */
class ClusterOptionsTest {

  private static String downNode() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void serveOnAClusterThatIsDownSaysWhichUrlAndWhatToDo() throws Exception {
    String node = downNode();
    Run run = CommandLineTest.run("serve", "--backend", "opensearch", "--opensearch", node, "--port", "0");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: cannot reach OpenSearch at " + node + " (connection refused): start the "
        + "cluster, or pass --opensearch with the URL of a running node" + System.lineSeparator());
  }

  @Test
  void indexOnAClusterThatIsDownSaysTheSame() throws Exception {
    String node = downNode();
    Run run = CommandLineTest.run("index", "--backend", "OPENSEARCH", "--opensearch", node + "/");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: cannot reach OpenSearch at " + node + " (connection refused)");
  }

  @Test
  void aClusterAddressWithoutTheClusterBackendIsAMistake() {
    Run run = CommandLineTest.run("generations", "--opensearch", "http://127.0.0.1:9200");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: --opensearch http://127.0.0.1:9200 is given with the embedded backend: "
        + "add --backend opensearch to use the cluster, or leave --opensearch out");
  }

  @Test
  void anAdditionOrADeletionOnAClusterThatIsDownSaysTheSame() throws Exception {
    String node = downNode();
    for (String[] change : new String[][] {{"--add"}, {"--delete", "a1"}}) {
      Run run = CommandLineTest.run(concat(new String[] {"index", "--backend", "opensearch", "--opensearch", node}, change));
      assertThat(run.exit()).as(change[0]).isEqualTo(1);
      assertThat(run.err()).as(change[0]).startsWith("error: cannot reach OpenSearch at " + node + " (connection refused)");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void anUnknownBackendNamesTheAcceptedOnes() {
    Run run = CommandLineTest.run("serve", "--backend", "solr");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--backend").contains("EMBEDDED, OPENSEARCH").contains("solr");
  }
}
