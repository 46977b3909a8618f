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
import org.newssearch.index.Generations;

/**
 * The serving generation, followed: a background check switches to a newly built generation within
 * seconds, with no failed request ({@link GenerationManager}).
 *
 * <p>The first generation is opened on its own thread, so that a server can start listening (and
 * load its dictionaries) meanwhile: a search that arrives before it is open waits for it.
 */
final class IndexViews implements Closeable {

  static final long CHECK_SECONDS = 2;

  /** One search's hold on a view: closing it gives the view back. */
  interface Lease extends AutoCloseable {
    IndexView view();

    @Override
    void close() throws IOException;
  }

  private final Generations generations;
  /** The manager once the first generation is open; completes exceptionally when it cannot be. */
  private volatile CompletableFuture<GenerationManager> manager;
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
    manager = CompletableFuture.supplyAsync(() -> {
      try {
        return new GenerationManager(generations, new IndexView(dir.get()));
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

  /** The serving view, waiting for the first one to open: close the lease when done. */
  Lease acquire() throws IOException {
    GenerationManager views = awaitManager();
    IndexView view = views.acquire();
    return new Lease() {
      @Override
      public IndexView view() {
        return view;
      }

      @Override
      public void close() throws IOException {
        views.release(view);
      }
    };
  }

  /** Switches to the serving generation, or its newest commit, if either changed; true when it did. */
  synchronized boolean refresh() throws IOException {
    if (manager.isCompletedExceptionally()) {
      // The first generation could not be opened: a newly built one may be.
      Optional<Path> dir = generations.current();
      if (dir.isEmpty()) {
        return false;
      }
      manager = CompletableFuture.completedFuture(new GenerationManager(generations, new IndexView(dir.get())));
      return true;
    }
    if (!manager.isDone()) {
      return false;
    }
    GenerationManager views = awaitManager();
    IndexView before = views.acquire();
    try {
      views.maybeRefreshBlocking();
    } finally {
      views.release(before);
    }
    IndexView after = views.acquire();
    views.release(after);
    return after != before;
  }

  private GenerationManager awaitManager() throws IOException {
    try {
      return manager.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the index was opening");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      throw cause instanceof IOException io ? io : new IOException("cannot open the index: " + cause, cause);
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
    if (manager.isDone() && !manager.isCompletedExceptionally()) {
      awaitManager().close();
    }
  }
}
