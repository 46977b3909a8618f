package org.newssearch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code newssearch aot-training} (hidden): the training run of the launcher's start-up cache (a JDK
 * 25 AOT cache). It indexes {@code sample-data/} into a temporary directory, starts the server on it
 * the way {@code serve} does, asks it what a user would (Chinese and English searches, the web form,
 * an article, the timeline) and exits; the JVM then writes the classes it loaded and linked to the
 * cache, so that later starts skip that work.
 */
@Command(name = "aot-training", hidden = true,
    description = "Training run for the launcher's start-up cache: serve sample-data, query it, exit.")
final class AotTrainingCommand implements Callable<Integer> {

  /** What is asked, in order; {id} is the first hit's id. */
  private static final List<String> REQUESTS = List.of(
      "/health",
      "/api/search?q=" + encode("泽连斯基"),
      "/api/search?q=" + encode("澤連斯基 利雅得") + "&sort=date",
      "/api/search?q=" + encode("\"美俄会谈\" OR Rubio") + "&lang=zh-Hans&from=2025-01-01&to=2025-12-31",
      "/api/search?q=Zelensky&size=20&page=2",
      "/api/search?q=" + encode("Зеленский"),
      "/?q=" + encode("乌克兰"),
      "/articles/{id}?q=" + encode("乌克兰"),
      "/api/articles/{id}",
      "/api/timeline?q=" + encode("乌克兰") + "&q=" + encode("沙特") + "&interval=month",
      "/api/stats",
      "/api/export?q=" + encode("美国") + "&format=jsonl",
      "/help");

  @Override
  public Integer call() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Path tmp = Files.createTempDirectory("newssearch-aot-training");
    try {
      Path root = tmp.resolve("index");
      IndexCommand.rebuild(List.of(Main.home().resolve("sample-data")), root, quiet);
      try (ServeCommand.Started started = ServeCommand.start(root, "127.0.0.1", 0)) {
        ask(started.server().port());
        started.firstSearch().get();
      }
      return 0;
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void ask(int port) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    String id = null;
    for (String path : REQUESTS) {
      if (path.contains("{id}")) {
        if (id == null) {
          continue;
        }
        path = path.replace("{id}", encode(id));
      }
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      if (id == null && path.startsWith("/api/search")) {
        int at = response.body().indexOf("\"id\":\"");
        if (at >= 0) {
          id = response.body().substring(at + 6, response.body().indexOf('"', at + 6));
        }
      }
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
