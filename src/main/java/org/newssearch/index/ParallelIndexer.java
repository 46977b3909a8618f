package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.Ingestor;
import org.newssearch.ingest.Reject;

/**
 * Feeds everything ingestion finds into an {@link IndexWriter}, analyzing on several threads:
 * analysis (smartcn) is the cost of indexing, and {@code IndexWriter} takes documents from many
 * threads at once.
 */
final class ParallelIndexer implements Ingestor.Sink {

  private final IndexWriter writer;
  private final IndexBuilder.Progress progress;
  private final ThreadPoolExecutor pool;
  private final ArticleDocuments documents = new ArticleDocuments();
  private final List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong added = new AtomicLong();
  private final List<Duplicate> duplicates = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong chars = new AtomicLong();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Ingestor ingestor = new Ingestor();
  /** Whether the writer started empty: then an id not seen before in this run needs no delete. */
  private final boolean fresh;
  private final IndexedArticles before;
  /** Ids indexed so far in this run, with their files (read and written by the reading thread only). */
  private final Map<String, String> fileOfId = new HashMap<>();
  /** Articles whose id came earlier in the same run, in input order: they replace it after the rest. */
  private final List<Article> repeatedIds = new ArrayList<>();
  private final CopyDetector copyDetector;
  /** The signature of every article of this run that has one, by id (the last of an id wins). */
  private final Map<String, CopyGroups.Signed> signed = new ConcurrentHashMap<>();
  private final int threads;
  private long totalBytes;
  private long indexedInAll;

  /**
   * @param fresh whether the index is new (nothing in it has an article's id yet)
   * @param before the articles indexed before this run, which its copies may join
   */
  ParallelIndexer(IndexWriter writer, boolean fresh, IndexedArticles before, int threads,
      CopyDetector copyDetector, IndexBuilder.Progress progress) {
    this.writer = writer;
    this.fresh = fresh;
    this.before = before;
    this.threads = threads;
    this.copyDetector = copyDetector;
    this.progress = progress;
    // A bounded queue that blocks the reading thread when full: reading never runs far ahead of
    // analysis (memory stays flat), and exactly `threads` threads analyze.
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 64), ParallelIndexer::waitForRoom);
    pool.prestartAllCoreThreads();
  }

  /** Ingests {@code inputs} and waits until every article is in the writer (not yet committed). */
  void run(List<Path> inputs) throws IOException {
    totalBytes = Ingestor.totalBytes(inputs);
    try {
      ingestor.ingest(inputs, this);
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(365, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      }
    }
    // After every first article of its id is in, so that the last of an id in input order wins.
    for (Article repeated : repeatedIds) {
      index(repeated, true);
    }
    if (failure.get() != null) {
      throw new IOException("indexing failed: " + failure.get(), failure.get());
    }
    groupCopies();
  }

  /**
   * Once every article is in: gives each its copy group ({@link CopyGroups}) and indexes again, on
   * every core, the articles that join another's group (each was added as its own).
   */
  private void groupCopies() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Map<String, String> groups = CopyGroups.assign(signed.values(), copyDetector,
          CopyGroups.indexed(before, signed.values(), copyDetector));
      IndexSearcher searcher = new IndexSearcher(reader);
      ExecutorService regroup = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (Map.Entry<String, String> joined : groups.entrySet()) {
          done.add(regroup.submit(() -> {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, joined.getKey())), 1);
            Article article = ArticleDocuments.toArticle(searcher.storedFields().document(found.scoreDocs[0].doc));
            writer.updateDocument(new Term(Schema.ID, article.id()),
                documents.toDocument(article, joined.getValue()));
            return null;
          }));
        }
        for (Future<?> each : done) {
          each.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while grouping copies", e);
      } catch (ExecutionException e) {
        throw new IOException("grouping copies failed: " + e.getCause(), e.getCause());
      } finally {
        regroup.shutdown();
      }
    }
  }

  /** Called on the reading thread, in input order. */
  @Override
  public void article(Article article) {
    if (!fileOfId.containsKey(article.id())) {
      fileOfId.put(article.id(), article.file());
      // In a fresh generation nothing has this id yet: adding skips a delete by id, which Lucene
      // applies to every segment.
      pool.execute(() -> index(article, !fresh));
    } else {
      repeatedIds.add(article);
    }
  }

  private void index(Article article, boolean replace) {
    try {
      // Every article starts as its own copy group; groupCopies moves those that copy an earlier one.
      Document doc = documents.toDocument(article, article.id());
      CopyDetector.Signing signing = copyDetector.signing(article, doc);
      if (replace) {
        // Replacing by id makes re-indexing the same input idempotent.
        writer.updateDocument(new Term(Schema.ID, article.id()), doc);
      } else {
        writer.addDocument(doc);
      }
      remember(article, signing);
      progress.input(ingestor.bytesRead(), totalBytes);
      progress.update(added.incrementAndGet(),
          chars.addAndGet(article.title().length() + article.body().length()), rejects.size());
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /** Remembers the article's copy signature for grouping; none, and a warning, when detection fails. */
  private void remember(Article article, CopyDetector.Signing signing) {
    CopySignature signature;
    try {
      signature = signing.signature();
    } catch (RuntimeException e) {
      rejects.add(new Reject(article.file(), "indexed without copy detection (" + e + "): article " + article.id(), true));
      signature = null;
    }
    if (signature == null) {
      signed.remove(article.id());
    } else {
      signed.put(article.id(), CopyGroups.Signed.of(article, signature));
    }
  }

  private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("interrupted while waiting to index", e);
    }
  }

  @Override
  public void duplicate(Article article, String firstId) {
    duplicates.add(new Duplicate(article.id(), article.file(), firstId, fileOfId.get(firstId)));
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  /** Records how many articles the generation holds after the commit (old ones included). */
  void countAll(long numDocs) {
    indexedInAll = numDocs;
  }

  long indexedInAll() {
    return indexedInAll;
  }

  long added() {
    return added.get();
  }

  List<Duplicate> duplicates() {
    return List.copyOf(duplicates);
  }

  long chars() {
    return chars.get();
  }

  List<Reject> rejects() {
    return List.copyOf(rejects);
  }
}
