package org.newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.newssearch.index.Generations;

/**
 * The serving generation, followed: a background check switches to a newly built generation within
 * seconds, with no failed request, and closes the old one once its last search finishes.
 */
final class IndexViews implements Closeable {

  static final long CHECK_SECONDS = 2;

  private final Generations generations;
  private final AtomicReference<IndexView> current = new AtomicReference<>();
  private final ScheduledExecutorService checker;

  IndexViews(Path indexRoot) throws IOException {
    this.generations = new Generations(indexRoot);
    Optional<Path> dir = generations.current();
    if (dir.isEmpty()) {
      throw new IOException("no index at " + indexRoot + ": build one with ./newssearch index --index " + indexRoot);
    }
    current.set(new IndexView(dir.get()));
    checker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-generation-check");
      t.setDaemon(true);
      return t;
    });
    checker.scheduleWithFixedDelay(this::refreshQuietly, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
  }

  /** A view with a reference taken: release it when done. */
  IndexView acquire() {
    while (true) {
      IndexView view = current.get();
      if (view.acquire()) {
        return view;
      }
    }
  }

  /** Switches to the serving generation, or its newest commit, if either changed; true when it did. */
  synchronized boolean refresh() throws IOException {
    Optional<Path> dir = generations.current();
    IndexView old = current.get();
    if (dir.isEmpty() || (dir.get().getFileName().toString().equals(old.generation) && !old.stale())) {
      return false;
    }
    IndexView fresh = new IndexView(dir.get());
    current.set(fresh);
    old.release();
    return true;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (IOException | UncheckedIOException e) {
      // A generation that cannot be opened is not switched to; the current one keeps serving.
      System.getLogger(IndexViews.class.getName()).log(System.Logger.Level.WARNING, "cannot open new generation", e);
    }
  }

  @Override
  public void close() throws IOException {
    checker.shutdownNow();
    current.get().release();
  }
}
