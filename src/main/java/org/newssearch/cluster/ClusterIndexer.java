package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newssearch.index.BuildReport;
import org.newssearch.index.DeleteReport;
import org.newssearch.index.Generation;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.IndexedArticles;
import org.newssearch.index.RebuildPolicy;
import org.newssearch.index.Schema;

/**
 * A rebuild on the cluster: the inputs read by the embedded build (the same articles, copy groups,
 * rejects and report) into a staging generation on local disk, loaded into a new index
 * {@code newssearch-<n>}, then the alias moved to it in one request, under the embedded rebuild's
 * rules (no articles, or under the minimum fraction of the serving index: kept, not switched). An
 * addition or a deletion by id changes the serving index in place, as the embedded ones change the
 * serving generation.
 */
public final class ClusterIndexer {

  /** Bytes of JSON per bulk request: large enough to load fast, small enough for any node's limit. */
  private static final int BULK_BYTES = 4 << 20;

  private final OpenSearchClient client;
  private final ClusterIndexes indexes;
  private final int shards;
  private final int replicas;

  public ClusterIndexer(OpenSearchClient client, int shards, int replicas) {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("bad --shards " + shards + " / --replicas " + replicas
          + ": accepted: at least 1 shard and 0 or more replicas");
    }
    this.client = client;
    this.indexes = new ClusterIndexes(client);
    this.shards = shards;
    this.replicas = replicas;
  }

  /**
   * Builds {@code inputs} into the staging directory {@code staging}, loads them into a new index and
   * switches the alias to it unless {@code policy} refuses; the report names the cluster's indexes.
   */
  public BuildReport rebuild(List<Path> inputs, Path staging, RebuildPolicy policy, IndexBuilder.Progress progress,
      int threads) throws IOException {
    long start = System.nanoTime();
    new ClusterCheck(client).plugin();
    BuildReport built = new IndexBuilder(staging, threads).rebuild(inputs, new RebuildPolicy(0, true, 1), progress);
    Generations local = new Generations(staging);
    Path dir = local.current().orElseThrow(() -> new IOException("the staging build at " + staging + " left no generation"));
    String previous = indexes.serving().orElse(null);
    Generation serving = previous == null ? null
        : new Generation(Path.of(previous), ClusterIndexes.number(previous), true, true, count(previous), 0, Map.of());
    String name = indexes.next();
    indexes.create(name, shards, replicas);
    long loaded = load(dir, name);
    indexes.open(name);
    long articles = count(name);
    if (articles != loaded) {
      throw new ClusterException("the new index " + name + " holds " + articles + " articles after " + loaded
          + " were loaded; it is not switched to");
    }
    String refusal = policy.refusal(articles, serving);
    if (refusal == null) {
      indexes.switchTo(name);
    } else if (articles == 0) {
      indexes.delete(name); // nothing in it to go back to
    }
    List<String> pruned = indexes.prune(policy.keep(), previous);
    Generations.delete(dir); // the cluster holds the articles now
    return new BuildReport(name, articles, built.added(), 0, built.duplicates(), built.rejects(), built.inputBytes(),
        (System.nanoTime() - start) / 1_000_000, size(name, articles), refusal == null, refusal, previous, pruned);
  }

  /**
   * Adds or replaces (by id) the articles of {@code inputs} in the serving index, as the embedded
   * {@code index --add} does: read by the embedded build into the staging directory, their copies
   * grouped with the serving index's articles near their dates ({@link IndexedArticles}), then loaded
   * and made searchable (a refresh). The report names the serving index; nothing is added when no
   * article could be read.
   */
  public BuildReport add(List<Path> inputs, Path staging, IndexBuilder.Progress progress, int threads)
      throws IOException {
    long start = System.nanoTime();
    new ClusterCheck(client).plugin();
    String serving = servingOrExplain();
    long before = count(serving);
    BuildReport built = new IndexBuilder(staging, threads).rebuild(inputs, new RebuildPolicy(0, true, 1), progress,
        (span, each) -> PointInTimeScan.each(client, serving,
            (pit, after) -> ClusterRequests.withinSpan(span, pit, after, PointInTimeScan.PAGE), hit -> {
              JsonNode source = hit.path("_source");
              String group = ClusterDocuments.first(source, Schema.COPY_GROUP);
              each.accept(ClusterDocuments.toArticle(source), group == null ? ClusterDocuments.first(source, Schema.ID) : group);
            }));
    Optional<Path> dir = new Generations(staging).current();
    if (dir.isPresent()) {
      load(dir.get(), serving);
      client.ok("POST", serving + "/_refresh", null);
      Generations.delete(dir.get());
    }
    long after = count(serving);
    return new BuildReport(serving, after, built.added(), built.added() - (after - before), built.duplicates(),
        built.rejects(), built.inputBytes(), (System.nanoTime() - start) / 1_000_000, size(serving, after), true, null,
        serving, List.of());
  }

  /** Deletes articles by id from the serving index, searchable at once (a refresh); says which ids were there. */
  public DeleteReport delete(List<String> ids) throws IOException {
    String serving = servingOrExplain();
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      boolean there = client.send("HEAD", serving + "/_doc/" + ClusterCursor.path(id), null).status() == 200;
      (there ? present : missing).add(id);
    }
    if (!present.isEmpty()) {
      StringBuilder bulk = new StringBuilder();
      for (String id : present) {
        ObjectNode action = ClusterRequests.NODES.objectNode();
        action.putObject("delete").put("_index", serving).put("_id", id);
        bulk.append(action).append('\n');
      }
      send(bulk);
      client.ok("POST", serving + "/_refresh", null);
    }
    return new DeleteReport(serving, present, missing);
  }

  /** The index the alias serves, or an error that says how to build one. */
  private String servingOrExplain() throws IOException {
    return indexes.serving().orElseThrow(() -> new ClusterException("no newssearch index is served on the cluster "
        + "to change: build one first (newssearch index --backend opensearch --input ...)"));
  }

  /** Loads every article of the generation at {@code dir} into {@code index}; returns how many. */
  private long load(Path dir, String index) throws IOException {
    long loaded = 0;
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      Bits live = MultiBits.getLiveDocs(reader);
      StoredFields stored = reader.storedFields();
      StringBuilder bulk = new StringBuilder();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        ObjectNode json = ClusterDocuments.toJson(stored.document(doc));
        ObjectNode action = ClusterRequests.NODES.objectNode();
        action.putObject("index").put("_index", index).put("_id", json.path("id").asText());
        bulk.append(action).append('\n').append(json).append('\n');
        loaded++;
        if (bulk.length() >= BULK_BYTES) {
          send(bulk);
        }
      }
      send(bulk);
    }
    return loaded;
  }

  /** Sends one bulk request and fails with the first article's reason when any was refused. */
  private void send(StringBuilder bulk) throws ClusterException {
    if (bulk.isEmpty()) {
      return;
    }
    OpenSearchClient.Response answer = client.sendLines("_bulk", bulk.toString());
    bulk.setLength(0);
    if (!answer.ok()) {
      throw new ClusterException("OpenSearch refused a bulk load with HTTP " + answer.status() + ": "
          + OpenSearchClient.reason(answer.json()));
    }
    if (answer.json().path("errors").asBoolean()) {
      for (JsonNode item : answer.json().path("items")) {
        JsonNode result = item.elements().next(); // under "index" or "delete"
        if (result.has("error")) {
          throw new ClusterException("OpenSearch refused article " + result.path("_id").asText() + ": "
              + result.path("error").path("reason").asText());
        }
      }
    }
  }

  private long count(String index) throws ClusterException {
    return client.ok("GET", index + "/_count", null).path("count").asLong();
  }

  /** The index's size on the cluster's disks (primaries), or 0 when it is gone. */
  private long size(String index, long articles) throws ClusterException {
    if (articles == 0) {
      return 0;
    }
    return client.ok("GET", index + "/_stats/store", null).path("indices").path(index).path("primaries").path("store")
        .path("size_in_bytes").asLong();
  }
}
