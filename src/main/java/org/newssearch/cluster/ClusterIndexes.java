package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The cluster's generations: one index per build ({@code newssearch-000003}), made from the index
 * template the application installs ({@code opensearch/index-template.json}), and the alias
 * {@code newssearch} that names the serving one and moves atomically.
 */
public final class ClusterIndexes {

  /** One generation on the cluster: its index, number, articles, and whether the alias names it. */
  public record ClusterGeneration(String name, int number, long articles, boolean serving) {}

  public static final String ALIAS = "newssearch";
  static final String PREFIX = "newssearch-";
  static final String TEMPLATE = "newssearch";
  /** The key in a mapping's {@code _meta} that says which version of the template made it. */
  static final String MAPPING_KEY = "newssearch_mapping";

  private final OpenSearchClient client;

  public ClusterIndexes(OpenSearchClient client) {
    this.client = client;
  }

  /** The index template as shipped (a new copy each call). */
  static ObjectNode template() {
    try (InputStream in = ClusterIndexes.class.getResourceAsStream("/opensearch/index-template.json")) {
      return (ObjectNode) OpenSearchClient.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mapping version this build writes and reads ({@code _meta.newssearch_mapping} of the template). */
  static int mappingVersion() {
    return template().path("template").path("mappings").path("_meta").path(MAPPING_KEY).asInt();
  }

  /** This build's version: the newssearch plugin on the cluster must have the same. */
  static String buildVersion() {
    Properties properties = new Properties();
    try (InputStream in = ClusterIndexes.class.getResourceAsStream("/opensearch/version.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** Installs (or replaces) the index template, then creates {@code index} with these shards and replicas. */
  void create(String index, int shards, int replicas) throws ClusterException {
    client.ok("PUT", "_index_template/" + TEMPLATE, template().toString());
    ObjectNode body = ClusterRequests.NODES.objectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", shards).put("number_of_replicas", replicas)
        .put("refresh_interval", "-1");
    client.ok("PUT", index, body.toString());
  }

  /**
   * Makes a loaded index searchable and ready to serve: refreshed, refreshed once a second from then
   * on, and flushed (its segments on disk, so that its size says what it holds).
   */
  void open(String index) throws ClusterException {
    client.ok("PUT", index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
    client.ok("POST", index + "/_refresh", null);
    client.ok("POST", index + "/_flush", null);
  }

  /** The index the alias names, if any. */
  public Optional<String> serving() throws ClusterException {
    OpenSearchClient.Response answer = client.send("GET", "_alias/" + ALIAS, null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.ok()) {
      throw new ClusterException("OpenSearch refused GET _alias/" + ALIAS + " with HTTP " + answer.status() + ": "
          + OpenSearchClient.reason(answer.json()));
    }
    Iterator<String> names = answer.json().fieldNames();
    return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
  }

  /** Every generation on the cluster, oldest first. */
  public List<ClusterGeneration> list() throws ClusterException {
    String serving = serving().orElse(null);
    JsonNode rows = client.ok("GET", "_cat/indices/" + PREFIX + "*?format=json&h=index,docs.count", null);
    List<ClusterGeneration> generations = new ArrayList<>();
    for (JsonNode row : rows) {
      String name = row.path("index").asText();
      int number = number(name);
      if (number > 0) {
        generations.add(new ClusterGeneration(name, number, row.path("docs.count").asLong(), name.equals(serving)));
      }
    }
    generations.sort(Comparator.comparingInt(ClusterGeneration::number));
    return generations;
  }

  /** The name of the next generation: numbered past every index there is. */
  String next() throws ClusterException {
    int last = list().stream().mapToInt(ClusterGeneration::number).max().orElse(0);
    return name(last + 1);
  }

  static String name(int number) {
    return String.format(Locale.ROOT, "%s%06d", PREFIX, number);
  }

  /** The number of a generation's index name, or 0 when it is not one. */
  static int number(String name) {
    if (!name.startsWith(PREFIX)) {
      return 0;
    }
    try {
      return Integer.parseInt(name.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Moves the alias to {@code index} in one request (from the index it names, if any). */
  public void switchTo(String index) throws ClusterException {
    client.ok("POST", "_aliases", ClusterRequests.aliasSwap(ALIAS, serving().orElse(null), index).toString());
  }

  /**
   * Moves the alias back to the generation numbered {@code number}, or, when it is null, to the newest
   * one older than the serving one; returns it.
   */
  public ClusterGeneration rollback(Integer number) throws ClusterException {
    List<ClusterGeneration> all = list();
    ClusterGeneration serving = all.stream().filter(ClusterGeneration::serving).findFirst().orElseThrow(() ->
        new ClusterException("no newssearch index serves on the cluster at " + client.nodes() + " (no alias " + ALIAS
            + "): build one with: newssearch index --backend opensearch"));
    ClusterGeneration target = all.stream()
        .filter(g -> number == null ? g.number() < serving.number() : g.number() == number)
        .reduce((older, newer) -> newer)
        .orElseThrow(() -> new ClusterException((number == null ? "no generation older than the serving " + serving.name()
            : "no generation " + name(number)) + " is on the cluster at " + client.nodes()
            + "; see: newssearch generations --backend opensearch"));
    switchTo(target.name());
    return new ClusterGeneration(target.name(), target.number(), target.articles(), true);
  }

  /**
   * Deletes the generations beyond the newest {@code keep}, never the serving one nor {@code previous}
   * (the one a rollback goes back to); returns their names.
   */
  List<String> prune(int keep, String previous) throws ClusterException {
    List<ClusterGeneration> all = list();
    List<String> deleted = new ArrayList<>();
    for (ClusterGeneration oldest : all) {
      if (all.size() - deleted.size() <= keep) {
        break;
      }
      if (!oldest.serving() && !oldest.name().equals(previous)) {
        client.ok("DELETE", oldest.name(), null);
        deleted.add(oldest.name());
      }
    }
    return deleted;
  }

  /** Deletes one generation's index. */
  void delete(String index) throws ClusterException {
    client.ok("DELETE", index, null);
  }
}
