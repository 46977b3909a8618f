package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.index.Generation;
import org.newssearch.index.Generations;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchService;

/**
 * {@code kill -9} of {@code index}, {@code index --add} and {@code rollback} at random moments: after
 * each, a server opens the serving generation, which is complete and holds either the old articles
 * or the new ones, never a mix; and the next rebuild succeeds. {@code -Dcrash.kills=N} (default 4)
 * sets the number of kills; docs/reliability.md gives the long run's figures.
 */
class CrashRecoveryTest {

  private static final int KILLS = Integer.getInteger("crash.kills", 4);
  private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

  @TempDir Path tmp;

  @Test
  void killedBuildsAdditionsAndRollbacksAlwaysLeaveACompleteServingGeneration() throws Exception {
    Path index = tmp.resolve("index");
    Path small = articles(tmp.resolve("small.jsonl"), "small", 2_000);
    Path large = articles(tmp.resolve("large.jsonl"), "large", 3_000);
    assertThat(cli("index", "--input", small.toString(), "--index", index.toString()).waitFor()).isZero();
    long start = System.nanoTime();
    assertThat(cli("index", "--input", large.toString(), "--index", index.toString()).waitFor()).isZero();
    long buildMillis = (System.nanoTime() - start) / 1_000_000;

    Random random = new Random(SEED);
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    for (int kill = 0; kill < KILLS; kill++) {
      String[] command = switch (kill % 3) {
        case 0 -> new String[] {"index", "--input", (kill % 2 == 0 ? small : large).toString(), "--index", index.toString(),
            "--force"};
        case 1 -> new String[] {"index", "--add", "--input", small.toString(), "--index", index.toString()};
        default -> new String[] {"rollback", "--index", index.toString()};
      };
      Process process = cli(command);
      long at = (long) (random.nextDouble() * buildMillis * 1.2);
      Thread.sleep(at);
      boolean killed = process.isAlive();
      process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
      long articles = servedArticles(index, "seed " + SEED + ", kill " + kill + " of " + String.join(" ", command) + " at " + at + " ms");
      outcomes.merge(command[0] + (command[1].equals("--add") ? " --add" : "") + (killed ? " killed" : " finished")
          + ", then serving " + articles, 1, Integer::sum);
    }
    System.out.println("crash recovery, seed " + SEED + ", build " + buildMillis + " ms: " + outcomes);
    assertThat(cli("index", "--input", large.toString(), "--index", index.toString(), "--force").waitFor()).isZero();
    assertThat(servedArticles(index, "after the last rebuild")).isEqualTo(3_000);
  }

  /** The serving generation's articles, checked: complete, and opened and searched by a server. */
  private static long servedArticles(Path index, String when) throws IOException {
    Generation serving = new Generations(index).list().stream().filter(Generation::serving).findFirst().orElseThrow();
    assertThat(serving.complete()).as(when).isTrue();
    // A rebuild holds 2,000 or 3,000 articles; an addition of the 2,000 small ones to the 3,000 large ones, 5,000.
    assertThat(serving.articles()).as(when).isIn(2_000L, 3_000L, 5_000L);
    try (SearchService search = new SearchService(index)) {
      assertThat(search.search(SearchRequest.of("停火")).total()).as(when).isEqualTo(serving.articles());
    }
    return serving.articles();
  }

  private Process cli(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "-cp", System.getProperty("java.class.path"), "org.newssearch.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("cli.log").toFile())).start();
  }

  private static Path articles(Path file, String prefix, int n) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        out.write("{\"id\":\"" + prefix + "-" + i + "\",\"title\":\"停火会谈第" + i + "轮\",\"body\":\"双方代表在伊斯坦布尔举行第" + i
            + "轮停火会谈，讨论交换战俘、人道主义走廊和能源设施的安全问题。" + prefix + "\",\"source\":\"观察网\"}\n");
      }
    }
    return file;
  }
}
