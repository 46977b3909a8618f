package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.index.IndexBuilder;

/** Offline rebuilds and updates never interrupt search, and a killed rebuild harms nothing. */
class RebuildWhileServingHttpTest {

  private static final Path FIXTURE = Path.of("src/test/resources/search/articles.jsonl");

  @TempDir Path tmp;

  @Test
  void aRebuildWhileAClientQueriesInALoopFailsNoRequestAndTheAnswersSwitch() throws Exception {
    Path index = tmp.resolve("index");
    new IndexBuilder(index, 2).rebuild(List.of(TestIndexes.SEEDS), (a, c, r) -> {});
    try (TestServer server = TestServer.start(index)) {
      HttpClientForTests http = server.http();
      assertThat(http.json("/api/search?variants=off&q=" + enc("泽连斯基")).get("total").asLong()).isEqualTo(4);
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger failures = new AtomicInteger();
      AtomicInteger requests = new AtomicInteger();
      Thread client = new Thread(() -> {
        while (running.get()) {
          try {
            if (http.get("/api/search?q=" + enc("泽连斯基 OR 乌克兰")).statusCode() != 200) {
              failures.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            failures.incrementAndGet();
          }
          requests.incrementAndGet();
        }
      });
      client.start();
      new IndexBuilder(index, 2).rebuild(List.of(FIXTURE), (a, c, r) -> {});
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (http.json("/api/stats").get("articles").asLong() != 24 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(500);
      running.set(false);
      client.join();
      assertThat(failures.get()).isZero();
      assertThat(requests.get()).isPositive();
      assertThat(http.json("/api/stats").get("generation").asText()).isEqualTo("gen-000002");
      // the fixture has 泽连斯基 once (a02): the answers come from the new generation
      assertThat(http.json("/api/search?variants=off&q=" + enc("泽连斯基")).get("total").asLong()).isEqualTo(1);
    }
  }

  @Test
  void anAddAndADeleteReachTheRunningServer() throws Exception {
    Path index = tmp.resolve("index");
    IndexBuilder builder = new IndexBuilder(index, 2);
    builder.rebuild(List.of(TestIndexes.SEEDS), (a, c, r) -> {});
    try (TestServer server = TestServer.start(index)) {
      HttpClientForTests http = server.http();
      builder.add(List.of(FIXTURE), (a, c, r) -> {});
      server.search().refresh();
      assertThat(http.json("/api/stats").get("articles").asLong()).isEqualTo(29);
      assertThat(builder.delete(List.of("a02", "no-such-id")).deleted()).containsExactly("a02");
      server.search().refresh();
      assertThat(http.json("/api/stats").get("articles").asLong()).isEqualTo(28);
      assertThat(http.get("/api/articles/a02").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aRebuildKilledHalfwayLeavesTheServingGenerationAndTheNextRebuildSucceeds() throws Exception {
    Path index = tmp.resolve("index");
    new IndexBuilder(index, 2).rebuild(List.of(TestIndexes.SEEDS), (a, c, r) -> {});
    Path big = bigInput(tmp.resolve("big.jsonl"), 40_000);
    Process rebuild = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "-cp", System.getProperty("java.class.path"), "org.newssearch.cli.Main",
        "index", "--input", big.toString(), "--index", index.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("rebuild.log").toFile()).start();
    Path partial = index.resolve("gen-000002");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(partial) && rebuild.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(1500); // well into analysis of 40,000 articles
    assertThat(rebuild.isAlive()).as("the rebuild is still running when killed").isTrue();
    rebuild.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup

    try (TestServer server = TestServer.start(index)) {
      HttpClientForTests http = server.http();
      assertThat(http.json("/api/stats").get("generation").asText()).isEqualTo("gen-000001");
      assertThat(http.json("/api/search?variants=off&q=" + enc("泽连斯基")).get("total").asLong()).isEqualTo(4);

      new IndexBuilder(index, 2).rebuild(List.of(FIXTURE), (a, c, r) -> {});
      server.search().refresh();
      assertThat(http.json("/api/stats").get("articles").asLong()).isEqualTo(24);
      assertThat(http.json("/api/stats").get("generation").asText()).isEqualTo("gen-000003");
      assertThat(Files.exists(partial)).as("the crashed build's partial generation is gone").isFalse();
    }
  }

  /** {@code n} short synthetic Chinese articles, enough to keep a rebuild busy for seconds. */
  private static Path bigInput(Path file, int n) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        out.write("{\"id\":\"big-" + i + "\",\"title\":\"停火会谈第" + i + "轮\",\"body\":\"双方代表在伊斯坦布尔举行第" + i
            + "轮停火会谈，讨论交换战俘、人道主义走廊和能源设施的安全问题，会谈没有结果。\",\"source\":\"观察网\"}\n");
      }
    }
    return file;
  }
}
