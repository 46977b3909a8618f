package org.newssearch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Time from starting {@code newssearch serve} in a new JVM to its first search answer. */
public final class StartupBench {

  private static final long TIMEOUT_NANOS = 120_000_000_000L;

  private StartupBench() {}

  /** Seconds from process start to the first HTTP 200 for {@code query}, using the launcher's JVM flags. */
  public static double secondsToFirstAnswer(Path index, Map<String, List<String>> query) throws Exception {
    Path jar = Path.of(System.getProperty("newssearch.home", ".")).resolve("target/newssearch.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no " + jar + ": build it first (./newssearch does)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    HttpClient client = HttpClient.newHttpClient();
    long start = System.nanoTime();
    Process serve = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-jar", jar.toString(), "serve", "--index", index.toString(), "--port", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (System.nanoTime() - start < TIMEOUT_NANOS) {
        if (SearchBench.get(client, SearchBench.uri(port, query)) == 200) {
          return (System.nanoTime() - start) / 1e9;
        }
        if (!serve.isAlive()) {
          throw new IOException("serve exited with " + serve.exitValue() + " before answering");
        }
        Thread.sleep(5);
      }
      throw new IOException("no answer from serve within 120 s");
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }
}
