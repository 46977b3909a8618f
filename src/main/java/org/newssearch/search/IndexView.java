package org.newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.index.Schema;

/**
 * One open generation of the index: its searcher and facet columns, reference-counted so that a
 * generation switched out stays open until the last search on it finishes.
 */
final class IndexView implements Closeable {

  final String generation;
  /** Generation and commit: what a cursor is valid for (document numbers change with either). */
  final String commitKey;
  final IndexSearcher searcher;
  /** The same reader cut into a slice per core, for queries that match much of it. */
  final IndexSearcher partitioned;
  final FacetColumns facetColumns;
  /** For {@code title} and {@code body}: their analyzed fields that this generation holds, with offsets. */
  final Map<String, Set<String>> analyzedFieldsWithOffsets;
  /** The analysis suffixes ({@code zh}, {@code en}, ...) of which this generation holds a field. */
  final List<String> suffixes;
  /** {@link Schema#VERSION} of the build that wrote this generation. */
  final int schemaVersion;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final AtomicInteger refs = new AtomicInteger(1);

  IndexView(Path dir) throws IOException {
    this.generation = dir.getFileName().toString();
    this.directory = FSDirectory.open(dir);
    this.reader = DirectoryReader.open(directory);
    this.commitKey = generation + "." + reader.getVersion();
    this.searcher = new IndexSearcher(reader);
    this.partitioned = new PartitionedSearcher(reader);
    this.facetColumns = FacetColumns.read(reader);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    Map<String, Set<String>> withOffsets = new HashMap<>();
    for (String base : Schema.TEXT_FIELDS) {
      withOffsets.put(base, Schema.analyzedFields(base).stream()
          .filter(f -> fields.fieldInfo(f) != null
              && fields.fieldInfo(f).getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
          .collect(Collectors.toSet()));
    }
    this.analyzedFieldsWithOffsets = Map.copyOf(withOffsets);
    this.schemaVersion = Schema.versionOf(reader.getIndexCommit().getUserData());
    this.suffixes = Schema.SUFFIXES.stream().filter(suffix -> Schema.TEXT_FIELDS.stream()
        .anyMatch(base -> fields.fieldInfo(Schema.analyzed(base, suffix)) != null)).toList();
  }

  /** A query with the same matches as {@code query}, cheaper to count ({@link CountingQuery}). */
  Query forCounting(Query query) throws IOException {
    return new CountingQuery(reader, schemaVersion >= 2).of(query);
  }

  /** Counts every match of {@code query}, per facet value and per day, on every core, within {@code deadline}. */
  FacetTally.Counts count(Query query, Deadline deadline) throws IOException {
    return partitioned.search(deadline.wrap(forCounting(query)), new FacetTally(facetColumns));
  }

  /** True when the directory has a newer commit than this view shows (after an add or delete). */
  boolean stale() throws IOException {
    return !reader.isCurrent();
  }

  /** Takes a reference; false when the view is already closed (the caller retries on the new one). */
  boolean acquire() {
    int n;
    do {
      n = refs.get();
      if (n <= 0) {
        return false;
      }
    } while (!refs.compareAndSet(n, n + 1));
    return true;
  }

  void release() throws IOException {
    if (refs.decrementAndGet() == 0) {
      reader.close();
      directory.close();
    }
  }

  @Override
  public void close() throws IOException {
    release();
  }
}
