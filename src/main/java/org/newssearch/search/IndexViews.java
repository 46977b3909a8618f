package org.newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.newssearch.index.Generations;

/**
 * The serving generation, followed: a background check switches to a newly built generation within
 * seconds, with no failed request, and closes the old one once its last search finishes.
 *
 * <p>The first generation is opened on its own thread, so that a server can start listening (and
 * load its dictionaries) meanwhile: a search that arrives before it is open waits for it.
 */
final class IndexViews implements Closeable {

  static final long CHECK_SECONDS = 2;

  private final Generations generations;
  private final AtomicReference<IndexView> current = new AtomicReference<>();
  /** The first view; completes exceptionally when it cannot be opened. */
  private final CompletableFuture<IndexView> first;
  private final ScheduledExecutorService checker;

  IndexViews(Path indexRoot) throws IOException {
    this(indexRoot, task -> {
      Thread t = new Thread(task, "index-open");
      t.setDaemon(true);
      t.start();
    });
  }

  /** Opens the first generation with {@code opener} (tests pass one that holds it back). */
  IndexViews(Path indexRoot, Executor opener) throws IOException {
    this.generations = new Generations(indexRoot);
    Optional<Path> dir = generations.current();
    if (dir.isEmpty()) {
      throw new IOException("no index at " + indexRoot + ": build one with ./newssearch index --index " + indexRoot);
    }
    first = CompletableFuture.supplyAsync(() -> {
      try {
        IndexView view = new IndexView(dir.get());
        current.compareAndSet(null, view);
        return view;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, opener);
    checker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-generation-check");
      t.setDaemon(true);
      return t;
    });
    checker.scheduleWithFixedDelay(this::refreshQuietly, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
  }

  /** A view with a reference taken (waiting for the first one to open): release it when done. */
  IndexView acquire() throws IOException {
    while (true) {
      IndexView view = current.get();
      if (view == null) {
        view = awaitFirst();
      }
      if (view.acquire()) {
        return view;
      }
    }
  }

  /** Switches to the serving generation, or its newest commit, if either changed; true when it did. */
  synchronized boolean refresh() throws IOException {
    Optional<Path> dir = generations.current();
    IndexView old = openedOrNull();
    if (dir.isEmpty() || (old != null && dir.get().getFileName().toString().equals(old.generation) && !old.stale())) {
      return false;
    }
    IndexView fresh = new IndexView(dir.get());
    current.set(fresh);
    if (old != null) {
      old.release();
    }
    return true;
  }

  /** The view being served once the first open finished; the first view's failure when it found none. */
  private IndexView awaitFirst() throws IOException {
    try {
      first.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the index was opening");
    } catch (ExecutionException e) {
      IndexView view = current.get();
      if (view != null) {
        return view; // a later generation was opened after the first one failed
      }
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      throw cause instanceof IOException io ? io : new IOException("cannot open the index: " + cause, cause);
    }
    return current.get();
  }

  private IndexView openedOrNull() {
    try {
      return awaitFirst();
    } catch (IOException e) {
      return null;
    }
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
    IndexView view = openedOrNull();
    if (view != null) {
      view.release();
    }
  }
}
