package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.cli.CommandLineTest.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.newssearch.index.IndexBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

/** index, generations and rollback as a user runs them after a mistake: nothing lost, one sentence each. */
class RebuildCommandsTest {

  private static final String FIXTURE = "src/test/resources/search/articles.jsonl";

  @TempDir Path tmp;

  @Test
  void aMistypedInputFailsWithoutSwitchingAndTheServingGenerationIsListed() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(run("index", "--input", FIXTURE, "--index", index).exit()).isZero();

    CommandLineTest.Run typo = run("index", "--input", tmp.resolve("nonexistent").toString(), "--index", index);
    assertThat(typo.exit()).isEqualTo(1);
    assertThat(typo.err()).contains("not switched: the input yielded no articles. Check --input; the serving index is unchanged.");

    CommandLineTest.Run listed = run("generations", "--index", index);
    assertThat(listed.exit()).isZero();
    assertThat(listed.out().lines().toList()).hasSize(2);
    assertThat(listed.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("* gen-000001           24 ").endsWith(Path.of(FIXTURE).toAbsolutePath().toString());
  }

  @Test
  void aMuchSmallerRebuildIsKeptAndRollbackSwitchesToItAndBack() throws Exception {
    String index = tmp.resolve("index").toString();
    run("index", "--input", FIXTURE, "--index", index);
    CommandLineTest.Run smaller = run("index", "--input", TestIndexes.SEEDS.toString(), "--index", index);
    assertThat(smaller.exit()).isEqualTo(1);
    assertThat(smaller.err()).contains("not switched: it holds 5 articles, under 50% of the 24 that gen-000001 serves. "
        + "gen-000002 is kept beside gen-000001, which still serves; switch to it with: newssearch rollback --to gen-000002, "
        + "or rebuild with --force.");

    CommandLineTest.Run to = run("rollback", "--index", index, "--to", "gen-000002");
    assertThat(to.exit()).isZero();
    assertThat(to.err()).startsWith("gen-000002 serves now (5 articles, built ");
    assertThat(Files.readString(tmp.resolve("index/CURRENT")).strip()).isEqualTo("gen-000002");
    assertThat(run("rollback", "--index", index).err()).startsWith("gen-000001 serves now (24 articles");
  }

  @Test
  void forceSwitchesToASmallerRebuild() {
    String index = tmp.resolve("index").toString();
    run("index", "--input", FIXTURE, "--index", index);
    CommandLineTest.Run forced = run("index", "--input", TestIndexes.SEEDS.toString(), "--index", index, "--force");
    assertThat(forced.exit()).isZero();
    assertThat(forced.err()).contains("gen-000002 serves now (5 articles); gen-000001 is kept: newssearch rollback switches back");
  }

  @Test
  void errorsAreOneSentenceWithoutAStackTraceUnlessVerbose() {
    String missing = tmp.resolve("none").toString();
    CommandLineTest.Run plain = run("rollback", "--index", missing);
    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err()).isEqualTo("error: no index at " + missing + " to change; build one first with: "
        + "newssearch index --index " + missing + System.lineSeparator());

    CommandLineTest.Run verbose = run("rollback", "--index", missing, "--verbose");
    assertThat(verbose.exit()).isEqualTo(1);
    assertThat(verbose.err()).contains("java.io.IOException: no index at ").contains("\tat org.newssearch.index.IndexBuilder");
  }

  @Test
  void theSecondOfTwoConcurrentBuildsIsRefusedInOneSentence() throws Exception {
    Path index = tmp.resolve("index");
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      try {
        new IndexBuilder(index, 1).rebuild(List.of(Path.of(FIXTURE)), (articles, chars, rejects) -> {
          building.countDown();
          awaitQuietly(release);
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    first.start();
    building.await();
    CommandLineTest.Run second = run("index", "--input", FIXTURE, "--index", index.toString());
    release.countDown();
    first.join();
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.err()).isEqualTo("error: another build is running on " + index + "; wait for it to finish"
        + System.lineSeparator());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aBadOptionValueIsAUsageErrorWithExitTwo() {
    CommandLineTest.Run bad = run("rollback", "--index", tmp.toString(), "--to", "latest");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("--to 'latest' is not a generation: give its number (7) or its name (gen-000007)");
  }
}
