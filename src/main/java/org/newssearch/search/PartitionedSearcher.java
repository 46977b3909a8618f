package org.newssearch.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that splits the index into one slice per core, cutting a large segment into doc-id
 * ranges when needed: a rebuilt generation is a single segment, and without partitions one query
 * would run on one core however many are idle. A broad query (most of the articles, every one
 * visited for the exact total and the facets) then takes about 1/cores of the time when the
 * machine is otherwise idle; under load the calling thread runs the slices no pool thread has
 * started, so nothing waits on a busy pool.
 */
final class PartitionedSearcher extends IndexSearcher {

  private static final int CORES = Runtime.getRuntime().availableProcessors();
  /** Below this many documents per slice, handing work to another thread costs more than it saves. */
  private static final int MIN_DOCS_PER_SLICE = 100_000;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, task -> {
    Thread thread = new Thread(task, "search-slice");
    thread.setDaemon(true);
    return thread;
  });

  private final int minDocsPerSlice;

  PartitionedSearcher(IndexReader reader) {
    this(reader, MIN_DOCS_PER_SLICE);
  }

  PartitionedSearcher(IndexReader reader, int minDocsPerSlice) {
    super(reader, CORES > 1 ? POOL : null);
    this.minDocsPerSlice = minDocsPerSlice;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    int perSlice = (int) Math.max(minDocsPerSlice, (docs + CORES - 1) / CORES);
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }
}
