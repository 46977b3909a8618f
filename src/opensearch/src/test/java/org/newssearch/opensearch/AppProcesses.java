package org.newssearch.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * The application run as the user runs it, through its launcher ({@code newssearch index ...},
 * {@code newssearch serve ...}) in processes of its own, and spoken to over HTTP ({@link CrossBackendIT}).
 */
final class AppProcesses implements AutoCloseable {

  /** The JDK's threads that outlive a child process or an HTTP connection: not leaks of the cluster's. */
  public static final class ClientThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().startsWith("process reaper") || t.getName().equals("Keep-Alive-Timer");
    }
  }

  /** How long a GET of {@code path} takes, in nanoseconds; it must answer 200. */
  static long timed(int port, String path) throws IOException {
    long start = System.nanoTime();
    assertEquals(path, 200, get(port, path).status());
    return System.nanoTime() - start;
  }

  static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private final Path launcher;
  private final Path work;
  private final List<Process> processes = new ArrayList<>();

  /** The launcher {@code launcher}, with its logs and indexes under {@code work}. */
  AppProcesses(Path launcher, Path work) {
    this.launcher = launcher;
    this.work = work;
  }

  /** Runs the launcher to the end; fails with its output unless it exits 0. */
  void run(List<String> args) throws Exception {
    Path log = Files.createTempFile(work, "run", ".log");
    Process process = new ProcessBuilder(concat(List.of(launcher.toString()), args)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue("newssearch " + args + " did not finish in 10 minutes", process.waitFor(10, TimeUnit.MINUTES));
    assertEquals("newssearch " + args + ":\n" + Files.readString(log), 0, process.exitValue());
  }

  /** Starts {@code serve} on a free port and waits until it answers a search; returns the port. */
  int serve(String name, List<String> args) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = work.resolve("serve-" + name + ".log");
    processes.add(new ProcessBuilder(concat(List.of(launcher.toString(), "serve", "--port", Integer.toString(port)), args))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        if (get(port, "/api/search?q=news").status() == 200) {
          return port;
        }
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new AssertionError("serve " + args + " did not answer in 120 s:\n" + Files.readString(log));
  }

  /** An HTTP answer: status and body. */
  record Answer(int status, String body) {
    Map<String, Object> json() {
      return XContentHelper.convertToMap(JsonXContent.jsonXContent, body, false);
    }
  }

  static Answer get(int port, String path) throws IOException {
    HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    http.setConnectTimeout(2000);
    http.setReadTimeout(60_000);
    int status = http.getResponseCode();
    try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
      return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      http.disconnect();
    }
  }

  /** {@code a=x y&b=z} with each value URL-encoded. */
  static String encode(String params) {
    if (!params.contains("=")) {
      return URLEncoder.encode(params, StandardCharsets.UTF_8).replace("+", "%20");
    }
    return Arrays.stream(params.split("&")).map(p -> {
      String[] kv = p.split("=", 2);
      return kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8);
    }).collect(Collectors.joining("&"));
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Stops every server started. */
  @Override
  public void close() throws InterruptedException {
    processes.forEach(Process::destroy);
    for (Process process : processes) {
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }
}
