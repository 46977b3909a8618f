package org.newssearch.opensearch;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * The application on both backends over the same articles, compared over HTTP: the built ZIP on a
 * 3-node cluster (2 shards, 1 replica), the app's jar run as separate processes through the launcher
 * ({@code newssearch index --backend opensearch}, then {@code serve --backend opensearch}, and an
 * embedded {@code index} and {@code serve} beside them). For every query of
 * {@code cross-backend-queries.txt}: the same total, facet counts and cardinalities, name expansions,
 * the same top hits (ties aside: hits of equal score, or equal date when sorted by date, in any
 * order), and for the top three, the same characters marked in the article view, the snippets' marks
 * among them (a measured share: OpenSearch's unified highlighter marks more). Then the median search
 * time on each backend and their ratio are printed, and a client searching in a loop sees no failed
 * search while the index is rebuilt (a new index, the alias moved) and one node stops. The articles:
 * sample-data plus, when the shared corpora are present ({@code ../shared/corpora}), the first
 * articles of each (3,200).
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 3, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(filters = CrossBackendIT.ClientThreads.class)
public class CrossBackendIT extends OpenSearchIntegTestCase {

  /** The JDK's threads that outlive a child process or an HTTP connection: not leaks of the cluster's. */
  public static final class ClientThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().startsWith("process reaper") || t.getName().equals("Keep-Alive-Timer");
    }
  }

  /** Articles taken from the start of each shared corpus. */
  private static final Map<String, Integer> CORPUS_ARTICLES = Map.of("zh-cctv-xwlb.jsonl.gz", 1500,
      "en-bbc-2004.jsonl.gz", 600, "ru-wikinews-nerel.jsonl.gz", 300, "uk-brown-press.jsonl.gz", 300,
      "zh-Hant-twins-s2tw.jsonl.gz", 500);
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
  private static Path home;

  private final List<Process> processes = new ArrayList<>();
  private final List<String> mismatches = new ArrayList<>();
  private final List<String> markDifferences = new ArrayList<>();
  private final List<String> orderDifferences = new ArrayList<>();
  private int markedHits;
  private int articleViewDifferences;

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(Netty4ModulePlugin.class);
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder().put(super.nodeSettings(nodeOrdinal)).put("path.home", installedHome().toString())
        .put("http.type", "netty4").build();
  }

  /** A home whose plugins/newssearch holds the unpacked ZIP, as bin/opensearch-plugin install leaves it. */
  private static synchronized Path installedHome() {
    if (home == null) {
      try {
        Path dir = createTempDir();
        Path plugin = Files.createDirectories(dir.resolve("plugins").resolve("newssearch"));
        Files.createDirectories(dir.resolve("modules"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("newssearch.plugin.zip"))))) {
          for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            Files.copy(zip, plugin.resolve(entry.getName()));
          }
        }
        home = dir;
      } catch (IOException e) {
        throw new IllegalStateException("cannot unpack the plugin ZIP: " + e.getMessage(), e);
      }
    }
    return home;
  }

  public void testTheClusterBackendAnswersAsTheEmbeddedOne() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    Path launcher = root.resolve("newssearch");
    assertTrue("the launcher is at " + launcher, Files.isExecutable(launcher));
    Path work = createTempDir();
    List<String> inputs = inputs(root, work);
    String nodes = Arrays.stream(cluster().httpAddresses())
        .map(a -> "http://" + a.getHostString() + ":" + a.getPort()).collect(Collectors.joining(","));
    try {
      run(launcher, work, concat(List.of("index", "--backend", "opensearch", "--opensearch", nodes, "--index",
          work.resolve("cluster").toString(), "--shards", "2", "--replicas", "1", "--input"), inputs));
      run(launcher, work, concat(List.of("index", "--index", work.resolve("embedded").toString(), "--input"), inputs));
      int embedded = serve(launcher, work, "embedded", List.of("--index", work.resolve("embedded").toString()));
      int clustered = serve(launcher, work, "cluster", List.of("--backend", "opensearch", "--opensearch", nodes));
      int queries = 0;
      for (String line : queries()) {
        compareSearch(embedded, clustered, line);
        queries++;
      }
      for (String timeline : List.of("q=普京&q=泽连斯基&interval=month", "q=economy&interval=week&lang=en", "q=會議&interval=year")) {
        compareJson(embedded, clustered, "/api/timeline?" + encode(timeline));
      }
      Map<String, Object> stats = get(embedded, "/api/stats").json();
      Map<String, Object> clusterStats = get(clustered, "/api/stats").json();
      stats.remove("generation");
      clusterStats.remove("generation");
      check("stats", stats, clusterStats);
      check("export lines", get(embedded, "/api/export?format=jsonl&q=" + encode("中国")).body().lines().count(),
          get(clustered, "/api/export?format=jsonl&q=" + encode("中国")).body().lines().count());
      assertTrue("fewer than 50 queries: " + queries, queries >= 50);
      System.out.println("cross-backend latency, " + latency(embedded, clustered));
      searchesSurviveARebuildAndANodeStop(launcher, work, nodes, inputs, clustered);
      System.out.printf(java.util.Locale.ROOT, "cross-backend: %d queries, %d mismatches; top hits in another order "
          + "(ties aside) for %d: %s; marks differ for %d of %d hits:%n%s%n", queries, mismatches.size(),
          orderDifferences.size(), orderDifferences, markDifferences.size(), markedHits, String.join("\n", markDifferences));
      assertTrue(mismatches.size() + " mismatches over " + queries + " queries:\n" + String.join("\n", mismatches),
          mismatches.isEmpty());
      // OpenSearch's unified highlighter marks each term of a name's spellings and phrases where the
      // embedded one marks only whole matches: most hits agree, not all (measured, printed above).
      assertTrue("the article view marks other words for " + articleViewDifferences + " of " + markedHits + " hits",
          articleViewDifferences <= 0.15 * markedHits);
    } finally {
      processes.forEach(Process::destroy);
      for (Process process : processes) {
        process.waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * The median time of {@code /api/search} over the fixed queries on each backend (three rounds after
   * the comparison warmed both), and their ratio: the cost of the cluster in one run.
   */
  private static String latency(int embedded, int clustered) throws IOException {
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String params : queries()) {
        a.add(timed(embedded, "/api/search?" + params));
        b.add(timed(clustered, "/api/search?" + params));
      }
    }
    double ma = median(a) / 1e6;
    double mb = median(b) / 1e6;
    return String.format(java.util.Locale.ROOT, "median over %d searches each: embedded %.1f ms, cluster %.1f ms, ratio %.1f",
        a.size(), ma, mb, mb / ma);
  }

  private static long timed(int port, String path) throws IOException {
    long start = System.nanoTime();
    assertEquals(path, 200, get(port, path).status());
    return System.nanoTime() - start;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /**
   * A client searching in a loop while the index is rebuilt (a new index, the alias moved) and then
   * one of the three nodes stops: every search answers 200 (the app asks the next node, replicas answer).
   */
  private void searchesSurviveARebuildAndANodeStop(Path launcher, Path work, String nodes, List<String> inputs,
      int clustered) throws Exception {
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();
    Thread client = new Thread(() -> {
      while (!stop.get()) {
        try {
          Answer answer = get(clustered, "/api/search?q=" + encode("中国 OR news"));
          if (answer.status() != 200) {
            failed.add(answer.status() + " " + answer.body());
          }
        } catch (IOException e) {
          failed.add(e.toString());
        }
        searches.incrementAndGet();
      }
    }, "searching-client");
    client.start();
    try {
      run(launcher, work, concat(List.of("index", "--backend", "opensearch", "--opensearch", nodes, "--index",
          work.resolve("cluster").toString(), "--shards", "2", "--replicas", "1", "--input"), inputs));
      internalCluster().stopRandomDataNode();
      Thread.sleep(3000);
    } finally {
      stop.set(true);
      client.join();
    }
    System.out.println("cross-backend: " + searches.get() + " searches during a rebuild and a node's stop, "
        + failed.size() + " failed");
    assertTrue(searches.get() + " searches", searches.get() > 10);
    assertEquals(failed.size() + " of " + searches.get() + " searches failed during a rebuild and a node's stop: " + failed,
        0, failed.size());
    check("the alias after the rebuild", "newssearch-000002", get(clustered, "/api/stats").json().get("generation"));
  }

  /** sample-data, and the first articles of each shared corpus that is present. */
  private static List<String> inputs(Path root, Path work) throws IOException {
    List<String> inputs = new ArrayList<>(List.of(root.resolve("sample-data").toString()));
    Path corpora = root.resolve("../shared/corpora").normalize();
    Path subset = Files.createDirectories(work.resolve("corpora"));
    for (Map.Entry<String, Integer> corpus : CORPUS_ARTICLES.entrySet()) {
      Path file = corpora.resolve(corpus.getKey());
      if (Files.isRegularFile(file)) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
            StandardCharsets.UTF_8))) {
          Files.write(subset.resolve(corpus.getKey().replace(".gz", "")), in.lines().limit(corpus.getValue()).toList(),
              StandardCharsets.UTF_8);
        }
      }
    }
    if (subset.toFile().list().length > 0) {
      inputs.add(subset.toString());
    }
    return inputs;
  }

  private static List<String> queries() throws IOException {
    try (InputStream in = CrossBackendIT.class.getResourceAsStream("/cross-backend-queries.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).map(CrossBackendIT::encode).toList();
    }
  }

  /** The same search on both: totals, facets, expansions, top hits ties aside, marked characters. */
  @SuppressWarnings("unchecked")
  private void compareSearch(int embedded, int clustered, String params) throws IOException {
    Answer a = get(embedded, "/api/search?" + params);
    Answer b = get(clustered, "/api/search?" + params);
    if (a.status() != b.status() || a.status() != 200) {
      check(params + " status", a.status() + " " + a.body(), b.status() + " " + b.body());
      return;
    }
    Map<String, Object> x = a.json();
    Map<String, Object> y = b.json();
    for (String key : List.of("total", "facets", "facetCardinality", "expansions", "stories")) {
      check(params + " " + key, x.get(key), y.get(key));
    }
    List<Map<String, Object>> hitsA = (List<Map<String, Object>>) x.get("hits");
    List<Map<String, Object>> hitsB = (List<Map<String, Object>>) y.get("hits");
    boolean byDate = params.contains("sort=date");
    boolean cutBefore = params.contains("page=") || params.contains("cursor=");
    check(params + " top hits, ties aside", top(hitsA, hitsA, byDate, cutBefore), top(hitsA, hitsB, byDate, cutBefore));
    if (!ranks(hitsA, hitsA, byDate).equals(ranks(hitsA, hitsB, byDate))) {
      orderDifferences.add(params);
    }
    String q = ((String) x.get("query"));
    for (Map<String, Object> hit : hitsA.subList(0, Math.min(3, hitsA.size()))) {
      String id = (String) hit.get("id");
      String page = "/articles/" + encode(id) + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
          + (params.contains("variants=off") ? "&variants=off" : "");
      List<String> marked = markedWords(get(embedded, page).body());
      List<String> clusterMarked = markedWords(get(clustered, page).body());
      markedHits++;
      if (!marked.equals(clusterMarked)) {
        articleViewDifferences++;
        markDifferences.add(params + " marks in the article view of " + id + ":\n  embedded " + marked + "\n  cluster  "
            + clusterMarked);
      }
      hitsB.stream().filter(other -> id.equals(other.get("id"))).findFirst().ifPresent(other -> {
        Set<String> snippetMarks = new LinkedHashSet<>(markedWords(String.join(" ", (List<String>) other.get("snippets"))));
        snippetMarks.removeAll(marked);
        if (!snippetMarks.isEmpty()) {
          markDifferences.add(params + " snippet marks of " + id + " not marked in its embedded article view: " + snippetMarks);
        }
      });
    }
  }

  /**
   * The ids of {@code hits} cut into the groups of equal rank key that {@code reference} (the
   * embedded hits) has (its scores to 3 decimals, or its dates when sorted by date), each group's ids
   * sorted; the last group, which the page may cut, by its size only. Equal for two lists of hits
   * that rank alike, ties aside.
   */
  private static List<String> ranks(List<Map<String, Object>> reference, List<Map<String, Object>> hits, boolean byDate) {
    List<String> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= reference.size(); i++) {
      if (i == reference.size() || !key(reference.get(i), byDate).equals(key(reference.get(start), byDate))) {
        if (i == reference.size()) {
          groups.add((i - start) + " hits");
        } else {
          groups.add(hits.subList(Math.min(start, hits.size()), Math.min(i, hits.size())).stream()
              .map(hit -> (String) hit.get("id")).sorted().toList().toString());
        }
        start = i;
      }
    }
    return groups;
  }

  /**
   * The page's ids as a set, and how many hits, leaving out the hits tied with the last one (the
   * page may cut their group) and, on a later page, those tied with the first: the same top hits,
   * ties aside.
   */
  private static String top(List<Map<String, Object>> reference, List<Map<String, Object>> hits, boolean byDate,
      boolean cutBefore) {
    Set<String> ids = new java.util.TreeSet<>();
    for (int i = 0; i < Math.min(reference.size(), hits.size()); i++) {
      String k = key(reference.get(i), byDate);
      boolean tiedWithLast = k.equals(key(reference.get(reference.size() - 1), byDate));
      boolean tiedWithFirst = cutBefore && k.equals(key(reference.get(0), byDate));
      if (!tiedWithLast && !tiedWithFirst) {
        ids.add((String) reference.get(i).get("id"));
      }
    }
    Set<String> found = new java.util.TreeSet<>();
    hits.forEach(hit -> found.add((String) hit.get("id")));
    ids.removeAll(found);
    return hits.size() + " hits, missing " + ids;
  }

  private static String key(Map<String, Object> hit, boolean byDate) {
    return byDate ? String.valueOf(hit.get("date"))
        : String.format(java.util.Locale.ROOT, "%.3f", ((Number) hit.get("score")).doubleValue());
  }

  private void compareJson(int embedded, int clustered, String path) throws IOException {
    check(path, get(embedded, path).body(), get(clustered, path).body());
  }

  private void check(String what, Object embedded, Object cluster) {
    if (!Objects.equals(embedded, cluster)) {
      mismatches.add(what + ":\n  embedded " + embedded + "\n  cluster  " + cluster);
    }
  }

  /** The words marked in {@code html}, in order: a mark over "Tony Blair" counts as two, as two marks do. */
  private static List<String> markedWords(String html) {
    List<String> words = new ArrayList<>();
    Matcher m = MARK.matcher(html);
    while (m.find()) {
      words.addAll(Arrays.asList(m.group(1).strip().split("\\s+")));
    }
    return words;
  }

  /** Runs the launcher to the end; fails with its output unless it exits 0. */
  private static void run(Path launcher, Path work, List<String> args) throws Exception {
    Path log = Files.createTempFile(work, "run", ".log");
    Process process = new ProcessBuilder(concat(List.of(launcher.toString()), args)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue("newssearch " + args + " did not finish in 10 minutes", process.waitFor(10, TimeUnit.MINUTES));
    assertEquals("newssearch " + args + ":\n" + Files.readString(log), 0, process.exitValue());
  }

  /** Starts {@code serve} on a free port and waits until it answers a search; returns the port. */
  private int serve(Path launcher, Path work, String name, List<String> args) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = work.resolve("serve-" + name + ".log");
    processes.add(new ProcessBuilder(concat(List.of(launcher.toString(), "serve", "--port", Integer.toString(port)), args))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        if (get(port, "/api/search?q=news").status() == 200) {
          return port;
        }
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new AssertionError("serve " + args + " did not answer in 120 s:\n" + Files.readString(log));
  }

  /** An HTTP answer: status and body. */
  private record Answer(int status, String body) {
    Map<String, Object> json() {
      return XContentHelper.convertToMap(JsonXContent.jsonXContent, body, false);
    }
  }

  private static Answer get(int port, String path) throws IOException {
    HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    http.setConnectTimeout(2000);
    http.setReadTimeout(60_000);
    int status = http.getResponseCode();
    try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
      return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      http.disconnect();
    }
  }

  /** {@code a=x y&b=z} with each value URL-encoded. */
  private static String encode(String params) {
    if (!params.contains("=")) {
      return URLEncoder.encode(params, StandardCharsets.UTF_8).replace("+", "%20");
    }
    return Arrays.stream(params.split("&")).map(p -> {
      String[] kv = p.split("=", 2);
      return kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8);
    }).collect(Collectors.joining("&"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
