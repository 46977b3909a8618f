package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.newssearch.cluster.ClusterCheck;
import org.newssearch.cluster.OpenSearchBackend;
import org.newssearch.cluster.OpenSearchClient;
import org.newssearch.index.Generations;
import org.newssearch.index.Schema;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchLimits;
import org.newssearch.search.SearchBackend;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchService;
import org.newssearch.web.WebOptions;
import org.newssearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newssearch serve}: the web form and JSON API; builds the index from sample-data when missing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web form and JSON API (building the index from sample-data first if there is none).")
final class ServeCommand implements Callable<Integer> {

  /** Traditional and Simplified Chinese, English and Russian: loads every analyzer's dictionaries. */
  private static final String WARM_TEXT = "美國國務卿與澤連斯基會談，俄乌冲突 talks with Zelensky Переговоры с Зеленским";

  /** The dictionaries' loading, once started (see {@link #startLoadingDictionaries}). */
  private static CompletableFuture<Void> dictionaries;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--search-budget-ms", paramLabel = "MS",
      description = "How long one search may run before it is stopped with HTTP 503; on --backend opensearch, each "
          + "search the cluster runs for a request (default: ${DEFAULT-VALUE}).")
  long searchBudgetMs = SearchLimits.DEFAULT.searchBudget().toMillis();

  @Option(names = "--max-exports", paramLabel = "N",
      description = "Exports streamed at once; one more gets HTTP 503 (default: ${DEFAULT-VALUE}).")
  int maxExports = WebOptions.DEFAULT.maxConcurrentExports();

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Your own name variants, read at start-up: UTF-8, one entity a line, entity-id<TAB>spelling|spelling "
          + "(docs/names.md).")
  Path aliases;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let pages of this origin (https://host[:port]) call the API from a browser (repeatable; default: none).")
  List<String> corsOrigins = new ArrayList<>();

  @Mixin BackendOption backend;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Supplier<NameVariants> names = Aliases.load(aliases);
    WebOptions options = new WebOptions(maxExports, corsOrigins);
    SearchLimits limits = new SearchLimits(Duration.ofMillis(searchBudgetMs));
    if (backend.cluster()) {
      OpenSearchClient client = backend.client();
      String serving = new ClusterCheck(client).serving(); // a cluster unfit to serve is one sentence here
      try (Started started = startOrExplain(() -> start(new OpenSearchBackend(client, names, limits), host, port, options))) {
        return serveUntilStopped(started, out, err, serving + " on OpenSearch at " + client.nodes());
      }
    }
    Path root = index == null ? Main.home().resolve("index") : index;
    if (new Generations(root).current().isEmpty()) {
      out.println("no index at " + root + "; building it from sample-data");
      IndexCommand.rebuild(List.of(Main.home().resolve("sample-data")), root, err);
    }
    try (Started started = startOrExplain(() -> start(root, host, port, limits, options, names))) {
      return serveUntilStopped(started, out, err, root.toString());
    }
  }

  /** Says where it serves, then serves until the process is stopped; 1 when the index cannot be opened. */
  private int serveUntilStopped(Started started, PrintStream out, PrintStream err, String what) throws InterruptedException {
    out.println("newssearch serving " + what + " at http://" + host + ":" + started.server().port() + "/");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
    try {
      started.firstSearch().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cannotOpen) {
        err.println("error: cannot open the index " + what + ": " + cannotOpen.getMessage());
        return 1;
      }
      // any other failure of the warm-up only means the first real query pays the loading
    }
    stopped.await();
    return 0;
  }

  /** A way to start serving that may fail with an I/O error. */
  private interface Starting {
    Started start() throws IOException;
  }

  /** {@code starting}, with a port in use said as what to do rather than as Jetty's exception. */
  private Started startOrExplain(Starting starting) throws IOException {
    try {
      return starting.start();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException) {
          throw new IOException("port " + port + " on " + host + " is in use: pass --port with a free one, "
              + "or stop the program that holds it", e);
        }
      }
      throw e;
    }
  }

  /** A server listening, with its index opening and its dictionaries loading behind it. */
  record Started(SearchBackend search, WebServer server, CompletableFuture<Void> firstSearch) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
      search.close();
    }
  }

  /**
   * Starts serving {@code root} the quick way: three things that each take about a second run side by
   * side — loading the dictionaries (smartcn, the T->S table), opening the index (its own thread, in
   * {@link SearchService}) and starting the web server (this thread). A search that arrives before
   * the index is open waits for it; {@code /health} answers at once. {@link Started#firstSearch}
   * completes once a first search has run (warming the search path), with an {@link IOException} if
   * the index cannot be opened.
   */
  static Started start(Path root, String host, int port) throws IOException {
    return start(root, host, port, SearchLimits.DEFAULT, WebOptions.DEFAULT);
  }

  /** {@link #start(Path, String, int)} with these limits per request and HTTP options. */
  static Started start(Path root, String host, int port, SearchLimits limits, WebOptions options) throws IOException {
    return start(root, host, port, limits, options, NameVariants::shipped);
  }

  /** {@link #start(Path, String, int, SearchLimits, WebOptions)} with these name variants (the user's aliases). */
  static Started start(Path root, String host, int port, SearchLimits limits, WebOptions options,
      Supplier<NameVariants> names)
      throws IOException {
    return start(new SearchService(root, limits, names), host, port, options);
  }

  /** Serves {@code search}, with a first search run behind it once the dictionaries are loaded. */
  static Started start(SearchBackend search, String host, int port, WebOptions options) throws IOException {
    CompletableFuture<Void> firstSearch = startLoadingDictionaries().thenRunAsync(() -> {
      try {
        search.search(SearchRequest.of("新闻 news"));
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    }, task -> daemon("warm-up", task));
    try {
      return new Started(search, WebServer.start(search, host, port, options), firstSearch);
    } catch (RuntimeException e) {
      search.close();
      throw e;
    }
  }

  /**
   * Starts loading the analyzers' dictionaries on a thread of their own, once per JVM; {@link Main}
   * calls this before parsing a {@code serve} command line, which takes a few hundred milliseconds
   * that the loading can use.
   */
  static synchronized CompletableFuture<Void> startLoadingDictionaries() {
    if (dictionaries == null) {
      CompletableFuture<Void> loaded = new CompletableFuture<>();
      daemon("dictionaries", () -> {
        try {
          loadDictionaries();
        } finally {
          loaded.complete(null);
        }
      });
      dictionaries = loaded;
    }
    return dictionaries;
  }

  /** Runs the analysis chain of every text field once, so that the first query finds its dictionaries loaded. */
  private static void loadDictionaries() {
    try (Analyzer analyzer = Schema.analyzer()) {
      for (String base : Schema.TEXT_FIELDS) {
        for (String field : Schema.analyzedFields(base)) {
          try (TokenStream tokens = analyzer.tokenStream(field, new StringReader(WARM_TEXT))) {
            tokens.reset();
            while (tokens.incrementToken()) {
              // reading the tokens is the point
            }
            tokens.end();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // a failed warm-up only means the first real query pays the loading
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }
}
