package org.newssearch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting {@code newssearch serve} to its first search answer, started the way the README
 * starts it: through the launcher, with its start-up cache (or, for the comparison, without it).
 */
public final class StartupBench {

  private static final long TIMEOUT_NANOS = 120_000_000_000L;

  private StartupBench() {}

  /** Seconds from running the launcher to the first HTTP 200 for {@code query}, start-up cache and all. */
  public static double secondsToFirstAnswer(Path index, Map<String, List<String>> query) throws Exception {
    return secondsToFirstAnswer(index, query, true);
  }

  /**
   * Seconds from running the launcher to the first HTTP 200 for {@code query}; with
   * {@code startupCache} false the launcher runs without its cache ({@code NEWSSEARCH_AOT=off}).
   */
  public static double secondsToFirstAnswer(Path index, Map<String, List<String>> query, boolean startupCache)
      throws Exception {
    Path launcher = launcher();
    int port = freePort();
    HttpClient client = HttpClient.newHttpClient();
    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "serve", "--index", index.toString(),
        "--port", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("NEWSSEARCH_AOT", startupCache ? "on" : "off");
    long start = System.nanoTime();
    Process serve = builder.start();
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
      stop(serve);
    }
  }

  /**
   * Runs the launcher once, untimed, so that the jar and its start-up cache are in place before the
   * timed starts (a first run after a build writes the cache).
   */
  public static void prepare() throws IOException, InterruptedException {
    Process version = new ProcessBuilder(launcher().toString(), "--version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!version.waitFor(10, TimeUnit.MINUTES) || version.exitValue() != 0) {
      version.destroyForcibly();
      throw new IOException("the launcher failed to prepare the jar and its start-up cache");
    }
  }

  /** The median of {@code runs} starts with the cache and as many without, taken in turns. */
  public static double[] medians(Path index, Map<String, List<String>> query, int runs) throws Exception {
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      without.add(secondsToFirstAnswer(index, query, false));
      with.add(secondsToFirstAnswer(index, query, true));
    }
    return new double[] {median(with), median(without)};
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Path launcher() throws IOException {
    Path launcher = Path.of(System.getProperty("newssearch.home", ".")).resolve("newssearch").toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IOException("no launcher at " + launcher + ": run the bench through ./newssearch");
    }
    return launcher;
  }

  /** A port nothing listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops a server started in its own process, forcibly when it does not stop within 30 s. */
  static void stop(Process serve) throws InterruptedException {
    // Through the launcher too this is the server itself: the launcher execs java.
    serve.destroy();
    if (!serve.waitFor(30, TimeUnit.SECONDS)) {
      serve.destroyForcibly().waitFor();
    }
  }
}
