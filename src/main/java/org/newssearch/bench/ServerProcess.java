package org.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build's {@code serve} over an index, in a JVM of its own, so that the benchmark can time two
 * builds (or one build under two sets of JVM options) against each other in one run, request by
 * request, with neither sharing a JVM with the benchmark's client.
 */
public final class ServerProcess implements AutoCloseable {

  private static final long TIMEOUT_NANOS = 120_000_000_000L;

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * The JVM options this JVM was started with (the launcher's), for a server started like it, without
   * the start-up cache: it belongs to this build's jar, and a JVM given it with another build's jar
   * was seen to load this build's classes from it (NoClassDefFoundError, HTTP 500).
   */
  public static List<String> ownJvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> !option.startsWith("-XX:AOTCache") && !option.startsWith("-Xlog:aot")).toList();
  }

  /** The jar this code runs from: the build being benchmarked. */
  public static Path ownJar() throws IOException {
    try {
      Path jar = Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new IOException("the benchmark runs from " + jar + ", not from a jar: run it through ./newssearch");
      }
      return jar;
    } catch (java.net.URISyntaxException e) {
      throw new IOException("cannot tell which jar this is", e);
    }
  }

  /** Starts {@code jar}'s {@code serve} over {@code index} with {@code jvmOptions} and waits until it answers. */
  public static ServerProcess start(Path jar, List<String> jvmOptions, Path index) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no jar at " + jar + ": give the newssearch.jar of a build");
    }
    int port = StartupBench.freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve", "--index", index.toString(), "--port", Integer.toString(port)));
    // Its output goes to a log beside the index, to read when a request fails.
    Path log = index.resolveSibling("server-" + jar.getFileName() + ".log");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess server = new ServerProcess(process, port);
    long start = System.nanoTime();
    while (SearchBench.getPlain(URI.create("http://127.0.0.1:" + port + "/health")) != 200) {
      if (!process.isAlive() || System.nanoTime() - start > TIMEOUT_NANOS) {
        server.close();
        throw new IOException(jar + " " + jvmOptions + " did not start serving " + index + " within 120 s");
      }
      Thread.sleep(20);
    }
    return server;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    StartupBench.stop(process);
  }
}
