package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.Ingestor;
import org.newssearch.ingest.Reject;

/**
 * Builds a new index generation from raw inputs beside the serving one, verifies it, and switches to
 * it atomically. Analysis (smartcn) is the cost, so documents are analyzed on several threads.
 */
public final class IndexBuilder {

  /** Progress as it happens: articles so far and text characters so far. */
  public interface Progress {
    void update(long articles, long chars, long rejects);
  }

  private final Generations generations;
  private final int threads;

  public IndexBuilder(Path indexRoot, int threads) {
    this.generations = new Generations(indexRoot);
    this.threads = Math.max(1, threads);
  }

  /** Reads {@code inputs}, indexes them into a new generation, switches to it, removes old ones. */
  public BuildReport rebuild(List<Path> inputs, Progress progress) throws IOException {
    long start = System.nanoTime();
    for (Path stale : generations.stale()) {
      Generations.delete(stale); // left by a crashed or superseded build; nothing reads it
    }
    Path dir = generations.next();
    List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
    AtomicLong indexed = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setRAMBufferSizeMB(256);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      ExecutorService pool = boundedPool();
      ArticleDocuments documents = new ArticleDocuments();
      Consumer<Article> index = article -> pool.execute(() -> {
        try {
          writer.updateDocument(new Term(Schema.ID, article.id()), documents.toDocument(article));
          progress.update(indexed.incrementAndGet(), chars.addAndGet(article.title().length() + article.body().length()), rejects.size());
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      });
      new Ingestor().ingest(inputs, new Ingestor.Sink() {
        @Override
        public void article(Article article) {
          index.accept(article);
        }

        @Override
        public void duplicate(Article article, String firstId) {
          duplicates.incrementAndGet();
        }

        @Override
        public void reject(Reject reject) {
          rejects.add(reject);
        }
      });
      pool.shutdown();
      awaitQuietly(pool);
      if (failure.get() != null) {
        throw new IOException("indexing failed: " + failure.get(), failure.get());
      }
      writer.commit();
    }
    long articles = verify(dir, indexed.get());
    generations.switchTo(dir);
    return new BuildReport(dir.getFileName().toString(), articles, duplicates.get(), List.copyOf(rejects),
        chars.get(), (System.nanoTime() - start) / 1_000_000, sizeOf(dir));
  }

  /** Removes generations nothing serves any more. */
  public void removeStale() throws IOException {
    for (Path stale : generations.stale()) {
      Generations.delete(stale);
    }
  }

  private ExecutorService boundedPool() {
    // A bounded queue with caller-runs: ingestion never runs far ahead of analysis (memory stays flat).
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 64), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Opens the new generation and counts it: as many articles as were added, less replaced ids. */
  private static long verify(Path dir, long added) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      if (reader.numDocs() > added || (added > 0 && reader.numDocs() == 0)) {
        throw new IOException("new generation " + dir + " holds " + reader.numDocs() + " articles after " + added + " were added");
      }
      return reader.numDocs();
    }
  }

  private static void awaitQuietly(ExecutorService pool) throws IOException {
    try {
      pool.awaitTermination(365, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
