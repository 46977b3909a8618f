package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newssearch.index.Generations;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchService;
import org.newssearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newssearch serve}: the web form and JSON API; builds the index from sample-data when missing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web form and JSON API (building the index from sample-data first if there is none).")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path root = index == null ? Main.home().resolve("index") : index;
    if (new Generations(root).current().isEmpty()) {
      out.println("no index at " + root + "; building it from sample-data");
      IndexCommand.rebuild(List.of(Main.home().resolve("sample-data")), root,
          new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }
    try (SearchService search = new SearchService(root)) {
      warmUp(search);
      serve(search, root, out);
    }
    return 0;
  }

  private void serve(SearchService search, Path root, PrintStream out) throws Exception {
    try (WebServer server = WebServer.start(search, host, port)) {
      out.println("newssearch serving " + root + " at http://" + host + ":" + server.port() + "/");
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
  }

  /**
   * Loads the dictionaries (smartcn, the T->S table) and warms the search path on another thread
   * while the web server starts, so the first answer comes sooner.
   */
  private static void warmUp(SearchService search) {
    Thread warm = new Thread(() -> {
      try {
        search.search(SearchRequest.of("新闻 news"));
      } catch (IOException | RuntimeException e) {
        // a failed warm-up only means the first real query pays the loading
      }
    }, "warm-up");
    warm.setDaemon(true);
    warm.start();
  }
}
