package org.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An earlier build's {@code serve} over the same index, in its own JVM, so that the benchmark can
 * time this build against it in one run, request by request.
 */
public final class BaselineServer implements AutoCloseable {

  private static final long TIMEOUT_NANOS = 120_000_000_000L;

  private final Process process;
  private final int port;

  private BaselineServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code jar}'s {@code serve} over {@code index} and waits until it answers. */
  public static BaselineServer start(Path jar, Path index) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no baseline jar at " + jar + ": give the newssearch.jar of an earlier build");
    }
    int port = StartupBench.freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "serve", "--index", index.toString(), "--port", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BaselineServer server = new BaselineServer(process, port);
    long start = System.nanoTime();
    while (SearchBench.getPlain(URI.create("http://127.0.0.1:" + port + "/health")) != 200) {
      if (!process.isAlive() || System.nanoTime() - start > TIMEOUT_NANOS) {
        server.close();
        throw new IOException("the baseline " + jar + " did not start serving " + index + " within 120 s");
      }
      Thread.sleep(20);
    }
    return server;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    StartupBench.stop(process);
  }
}
