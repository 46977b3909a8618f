package org.newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.index.Schema;

/**
 * One open generation of the index: its searcher and facet columns. Counted by its reader's own
 * references ({@link GenerationManager}), so that a generation switched out stays open until the
 * last search on it finishes; the directory closes with the reader.
 */
final class IndexView implements Closeable {

  /** How every search of the product ranks (stateless, shared). */
  private static final NewsSimilarity SIMILARITY = new NewsSimilarity();

  final String generation;
  /** Generation and commit: what a cursor is valid for (document numbers change with either). */
  final String commitKey;
  final IndexSearcher searcher;
  /** The same reader cut into a slice per core, for queries that match much of it. */
  final IndexSearcher partitioned;
  final FacetColumns facetColumns;
  /** Finds the top hits and counts every match. */
  final MatchCollector matches;
  /** For {@code title} and {@code body}: their analyzed fields that this generation holds. */
  final Map<String, Set<String>> analyzedFields;
  /** The analysis suffixes ({@code zh}, {@code en}, ...) of which this generation holds a field. */
  final List<String> suffixes;
  /** {@link Schema#VERSION} of the build that wrote this generation. */
  final int schemaVersion;
  private final DirectoryReader reader;

  IndexView(Path dir) throws IOException {
    this.generation = dir.getFileName().toString();
    this.reader = open(dir);
    this.commitKey = generation + "." + reader.getVersion();
    this.searcher = new IndexSearcher(reader);
    this.partitioned = new PartitionedSearcher(reader);
    searcher.setSimilarity(SIMILARITY);
    partitioned.setSimilarity(SIMILARITY);
    this.facetColumns = columnsOrClose(reader);
    this.matches = new OneOrTwoPasses(searcher, partitioned, facetColumns, this::forCounting,
        OneOrTwoPasses.ONE_PASS_MAX_MATCHES);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    Map<String, Set<String>> held = new HashMap<>();
    for (String base : Schema.TEXT_FIELDS) {
      held.put(base, Schema.analyzedFields(base).stream().filter(f -> fields.fieldInfo(f) != null)
          .collect(Collectors.toSet()));
    }
    this.analyzedFields = Map.copyOf(held);
    this.schemaVersion = Schema.versionOf(reader.getIndexCommit().getUserData());
    this.suffixes = Schema.SUFFIXES.stream().filter(suffix -> Schema.TEXT_FIELDS.stream()
        .anyMatch(base -> fields.fieldInfo(Schema.analyzed(base, suffix)) != null)).toList();
  }

  /** The generation's reader, which closes its directory when it closes. */
  private static DirectoryReader open(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
      return reader;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The facet columns; a generation that cannot give them is closed at once, not left open. */
  private static FacetColumns columnsOrClose(DirectoryReader reader) throws IOException {
    try {
      return FacetColumns.read(reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
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

  boolean tryIncRef() {
    return reader.tryIncRef();
  }

  void decRef() throws IOException {
    reader.decRef();
  }

  int refCount() {
    return reader.getRefCount();
  }

  /** Gives back the reference its opener holds. */
  @Override
  public void close() throws IOException {
    decRef();
  }
}
