package org.newssearch.opensearch;

import static org.newssearch.opensearch.AppProcesses.concat;
import static org.newssearch.opensearch.AppProcesses.encode;
import static org.newssearch.opensearch.AppProcesses.get;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.newssearch.opensearch.AppProcesses.Answer;
import org.opensearch.node.NodeMocksPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The application on both backends over the same articles, compared over HTTP: the built ZIP on a
 * 3-node cluster (2 shards, 1 replica), the app's jar run as separate processes through the launcher
 * ({@code newssearch index --backend opensearch}, then {@code serve --backend opensearch}, and an
 * embedded {@code index} and {@code serve} beside them). For every query of
 * {@code cross-backend-queries.txt}: the same total, facet counts and cardinalities, name expansions,
 * the same top hits (ties aside: hits of equal score, or equal date when sorted by date, in any
 * order), the same snippets for every hit on both pages, and for the top three the same characters
 * marked in the article view (the application marks both, as the embedded search does). Then the median search
 * time on each backend and their ratio are printed, and a client searching in a loop sees no failed
 * search while the index is rebuilt (a new index, the alias moved) and one node stops. The articles:
 * sample-data plus, when the shared corpora are present ({@code ../shared/corpora}), the first
 * articles of each (3,200).
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 3, numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(filters = AppProcesses.ClientThreads.class)
public class CrossBackendIT extends InstalledPluginTestCase {

  /** Articles taken from the start of each shared corpus. */
  private static final Map<String, Integer> CORPUS_ARTICLES = Map.of("zh-cctv-xwlb.jsonl.gz", 1500,
      "en-bbc-2004.jsonl.gz", 600, "ru-wikinews-nerel.jsonl.gz", 300, "uk-brown-press.jsonl.gz", 300,
      "zh-Hant-twins-s2tw.jsonl.gz", 500);
  private final List<String> mismatches = new ArrayList<>();
  private final List<String> orderDifferences = new ArrayList<>();
  private int markedHits;

  /**
   * Without the test framework's tracing checks: a node stopped in the middle of a search (on purpose,
   * see {@link #searchesSurviveARebuildAndANodeStop}) leaves that search's trace open.
   */
  @Override
  protected boolean addMockTelemetryPlugin() {
    return false;
  }

  /**
   * Without the mock that counts every big array back in when the test ends: a node stopped in the
   * middle of a search (on purpose, see {@link #searchesSurviveARebuildAndANodeStop}) never releases
   * that search's buffers. The framework adds the mock at random, so a run failed now and then after
   * the test itself had passed.
   */
  @Override
  protected Collection<Class<? extends Plugin>> getMockPlugins() {
    Collection<Class<? extends Plugin>> mocks = new ArrayList<>(super.getMockPlugins());
    mocks.remove(NodeMocksPlugin.class);
    return mocks;
  }

  /**
   * A search whose coordinating node is stopped between its phases (on purpose, see
   * {@link #searchesSurviveARebuildAndANodeStop}) leaves its context open on the other nodes until
   * its keep-alive ends: 3 s here instead of 5 minutes, so that the framework's check that every
   * search context was released passes within its wait of 10 s.
   */
  @Override
  protected org.opensearch.common.settings.Settings nodeSettings(int nodeOrdinal) {
    return org.opensearch.common.settings.Settings.builder().put(super.nodeSettings(nodeOrdinal))
        .put("search.default_keep_alive", "3s").put("search.keep_alive_interval", "1s").build();
  }

  public void testTheClusterBackendAnswersAsTheEmbeddedOne() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    Path launcher = root.resolve("newssearch");
    assertTrue("the launcher is at " + launcher, Files.isExecutable(launcher));
    Path work = createTempDir();
    List<String> inputs = inputs(root, work);
    String nodes = Arrays.stream(cluster().httpAddresses())
        .map(a -> "http://" + a.getHostString() + ":" + a.getPort()).collect(Collectors.joining(","));
    try (AppProcesses app = new AppProcesses(launcher, work)) {
      app.run(concat(List.of("index", "--backend", "opensearch", "--opensearch", nodes, "--index",
          work.resolve("cluster").toString(), "--shards", "2", "--replicas", "1", "--input"), inputs));
      app.run(concat(List.of("index", "--index", work.resolve("embedded").toString(), "--input"), inputs));
      int embedded = app.serve("embedded", List.of("--index", work.resolve("embedded").toString()));
      int clustered = app.serve("cluster", List.of("--backend", "opensearch", "--opensearch", nodes));
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
      for (int port : new int[] {embedded, clustered}) {
        check("three pages by cursor are the first 15 hits, port " + port, ids(port, "/api/search?size=15&q=" + encode("中国")),
            cursorWalk(port, "/api/search?size=5&q=" + encode("中国"), 3));
      }
      assertTrue("fewer than 50 queries: " + queries, queries >= 50);
      System.out.println("cross-backend latency, " + latency(embedded, clustered));
      additionsAndDeletionsChangeBothAlike(app, work, nodes, embedded, clustered);
      searchesSurviveARebuildAndANodeStop(app, work, nodes, inputs, clustered);
      System.out.printf(java.util.Locale.ROOT, "cross-backend: %d queries, %d mismatches (the snippets of "
          + "%d hits compared); top hits in another order (ties aside) for %d: %s%n", queries,
          mismatches.size(), markedHits, orderDifferences.size(), orderDifferences);
      assertTrue(mismatches.size() + " mismatches over " + queries + " queries:\n" + String.join("\n", mismatches),
          mismatches.isEmpty());
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
        a.add(AppProcesses.timed(embedded, "/api/search?" + params));
        b.add(AppProcesses.timed(clustered, "/api/search?" + params));
      }
    }
    double ma = AppProcesses.median(a) / 1e6;
    double mb = AppProcesses.median(b) / 1e6;
    return String.format(java.util.Locale.ROOT, "median over %d searches each: embedded %.1f ms, cluster %.1f ms, ratio %.1f",
        a.size(), ma, mb, mb / ma);
  }

  /**
   * A client searching in a loop while the index is rebuilt (a new index, the alias moved) and then
   * one of the three nodes stops: every search answers 200 (the app asks the next node, replicas answer).
   */
  private void searchesSurviveARebuildAndANodeStop(AppProcesses app, Path work, String nodes, List<String> inputs,
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
      app.run(concat(List.of("index", "--backend", "opensearch", "--opensearch", nodes, "--index",
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

  /**
   * {@code index --add} and {@code --delete} on both backends: a copy of a served article (a new id,
   * the same text and date) joins its copy group on the cluster too, a replacement by id and a new
   * article are found alike, and deletions leave both as they were.
   */
  @SuppressWarnings("unchecked")
  private void additionsAndDeletionsChangeBothAlike(AppProcesses app, Path work, String nodes, int embedded, int clustered)
      throws Exception {
    List<Map<String, Object>> hits = (List<Map<String, Object>>) get(embedded, "/api/search?q=" + encode("泽连斯基")).json().get("hits");
    assertTrue("two hits for 泽连斯基 to copy and replace", hits.size() >= 2);
    Map<String, Object> original = get(embedded, "/api/articles/" + encode((String) hits.get(0).get("id"))).json();
    Map<String, Object> replaced = get(embedded, "/api/articles/" + encode((String) hits.get(1).get("id"))).json();
    Path additions = work.resolve("additions.jsonl");
    Files.write(additions, List.of(
        jsonLine("added-copy", (String) original.get("title"), (String) original.get("body"), original.get("date"),
            (String) original.get("lang")),
        jsonLine((String) replaced.get("id"), "已更正：" + replaced.get("title"), (String) replaced.get("body"),
            replaced.get("date"), (String) replaced.get("lang")),
        jsonLine("added-new", "增量索引测试：和平谈判的新文章", "这篇文章为测试增量索引而写，提到泽连斯基和和平谈判。", "2025-06-01", "zh-Hans")),
        StandardCharsets.UTF_8);
    for (List<String> backend : List.of(List.of("--index", work.resolve("embedded").toString()),
        List.of("--backend", "opensearch", "--opensearch", nodes, "--index", work.resolve("cluster").toString()))) {
      app.run(concat(List.of("index", "--add", "--input", additions.toString()), backend));
    }
    awaitEmbedded(embedded, "/api/articles/added-new", 200);
    List<String> changed = List.of("added-copy", "added-new", (String) replaced.get("id"), (String) original.get("id"));
    for (String id : changed) {
      compareJson(embedded, clustered, "/api/articles/" + encode(id));
    }
    check("the copy's group is the original's", original.get("copyGroup"),
        get(clustered, "/api/articles/added-copy").json().get("copyGroup"));
    for (String params : List.of("q=" + encode("泽连斯基"), "q=" + encode("和平谈判"), "q=" + encode("已更正"),
        "q=" + encode("泽连斯基") + "&group=copies")) {
      compareSearch(embedded, clustered, params);
    }
    for (List<String> backend : List.of(List.of("--index", work.resolve("embedded").toString()),
        List.of("--backend", "opensearch", "--opensearch", nodes, "--index", work.resolve("cluster").toString()))) {
      app.run(concat(List.of("index", "--delete", "added-copy", "--delete", "added-new"), backend));
    }
    awaitEmbedded(embedded, "/api/articles/added-new", 404);
    for (String id : changed) {
      check("after the deletions, /api/articles/" + id + " status", get(embedded, "/api/articles/" + encode(id)).status(),
          get(clustered, "/api/articles/" + encode(id)).status());
    }
    compareJson(embedded, clustered, "/api/articles/" + encode((String) original.get("id")));
    compareSearch(embedded, clustered, "q=" + encode("泽连斯基"));
  }

  private static String jsonLine(String id, String title, String body, Object date, String lang) {
    Map<String, Object> article = new java.util.LinkedHashMap<>();
    article.put("id", id);
    article.put("title", title);
    article.put("body", body);
    article.put("date", date);
    article.put("source", "增量测试社");
    article.put("lang", lang);
    try {
      return org.opensearch.common.xcontent.json.JsonXContent.contentBuilder().map(article).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Waits (at most 30 s) until the embedded server, which looks for a new commit every 2 s, answers {@code path} with {@code status}. */
  private static void awaitEmbedded(int port, String path, int status) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (get(port, path).status() != status) {
      assertTrue("the embedded server did not answer " + path + " with " + status + " in 30 s", System.nanoTime() < deadline);
      Thread.sleep(250);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ids(int port, String path) throws IOException {
    return ((List<Map<String, Object>>) get(port, path).json().get("hits")).stream().map(hit -> hit.get("id")).toList();
  }

  /** The ids of {@code pages} pages of {@code path}, each after the cursor of the one before. */
  private static List<Object> cursorWalk(int port, String path, int pages) throws IOException {
    List<Object> ids = new ArrayList<>();
    String cursor = null;
    for (int i = 0; i < pages; i++) {
      String page = i == 0 ? path : path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
      ids.addAll(ids(port, page));
      cursor = (String) get(port, page).json().get("nextCursor");
      if (cursor == null) {
        break; // the last page: fewer hits than three pages hold (sample-data alone)
      }
    }
    return ids;
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
          .filter(line -> !line.isBlank() && !line.startsWith("#")).map(AppProcesses::encode).toList();
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
    // One hit per story: which of a story's equally scored articles shows is a tie too.
    boolean byStory = params.contains("group=copies");
    List<Map<String, Object>> rankedA = byStory ? RankedHits.asStories(hitsA) : hitsA;
    List<Map<String, Object>> rankedB = byStory ? RankedHits.asStories(hitsB) : hitsB;
    boolean byDate = params.contains("sort=date");
    boolean cutBefore = params.contains("page=") || params.contains("cursor=");
    String expected = RankedHits.top(rankedA, rankedA, byDate, cutBefore);
    String found = RankedHits.top(rankedA, rankedB, byDate, cutBefore);
    check(params + " top hits, ties aside" + (expected.equals(found) ? ""
        : "\n  embedded " + RankedHits.listing(hitsA, byDate) + "\n  cluster  " + RankedHits.listing(hitsB, byDate)),
        expected, found);
    if (!RankedHits.ranks(rankedA, rankedA, byDate).equals(RankedHits.ranks(rankedA, rankedB, byDate))) {
      orderDifferences.add(params);
    }
    String q = ((String) x.get("query"));
    for (Map<String, Object> hit : hitsA) {
      String id = (String) hit.get("id");
      hitsB.stream().filter(other -> id.equals(other.get("id"))).findFirst().ifPresent(other -> {
        markedHits++;
        check(params + " snippets of " + id, hit.get("snippets"), other.get("snippets"));
      });
    }
    for (Map<String, Object> hit : hitsA.subList(0, Math.min(3, hitsA.size()))) {
      String id = (String) hit.get("id");
      String page = "/articles/" + encode(id) + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
          + (params.contains("variants=off") ? "&variants=off" : "");
      check(params + " marks in the article view of " + id, RankedHits.marks(get(embedded, page).body()),
          RankedHits.marks(get(clustered, page).body()));
    }
  }

  private void compareJson(int embedded, int clustered, String path) throws IOException {
    check(path, get(embedded, path).body(), get(clustered, path).body());
  }

  private void check(String what, Object embedded, Object cluster) {
    if (!Objects.equals(embedded, cluster)) {
      mismatches.add(what + ":\n  embedded " + embedded + "\n  cluster  " + cluster);
    }
  }

}
