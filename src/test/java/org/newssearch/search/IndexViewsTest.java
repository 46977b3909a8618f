package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

/** The first generation opens on its own thread; whoever asks for it before then waits and gets it. */
class IndexViewsTest {

  @TempDir Path tmp;

  /** Holds the opening back until released. */
  private static final class HeldBack {
    private final CompletableFuture<Runnable> task = new CompletableFuture<>();

    void execute(Runnable open) {
      task.complete(open);
    }

    void release() {
      new Thread(task.join()).start();
    }
  }

  @Test
  void aSearchThatArrivesBeforeTheIndexIsOpenWaitsForItAndGetsIt() throws Exception {
    HeldBack opener = new HeldBack();
    try (IndexViews views = new IndexViews(TestIndexes.seeds(), opener::execute)) {
      CompletableFuture<String> early = CompletableFuture.supplyAsync(() -> {
        try {
          try (IndexViews.Lease lease = views.acquire()) {
            return lease.view().generation;
          }
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
      assertThatThrownBy(() -> early.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
      opener.release();
      assertThat(early.get(30, TimeUnit.SECONDS)).startsWith("gen-");
    }
  }

  @Test
  void anIndexThatCannotBeOpenedFailsTheSearchWithAnIOExceptionNotAHang() throws Exception {
    Path root = tmp.resolve("index");
    Files.createDirectories(root.resolve("gen-000001"));
    Files.writeString(root.resolve("CURRENT"), "gen-000001");
    try (IndexViews views = new IndexViews(root)) {
      assertThatThrownBy(views::acquire).isInstanceOf(IOException.class);
    }
  }

  @Test
  void noIndexAtAllIsStillReportedWhenTheServiceIsCreated() {
    assertThatThrownBy(() -> new IndexViews(tmp.resolve("none")))
        .isInstanceOf(IOException.class).hasMessageContaining("no index at");
  }
}
