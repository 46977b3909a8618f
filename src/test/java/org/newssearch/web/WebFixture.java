package org.newssearch.web;

import java.nio.file.Path;
import java.util.List;
import org.newssearch.TestIndexes;
import org.newssearch.search.SearchService;

/** The real server over an index of the web fixture (28 articles; one carries {@code <script>} in its text). */
final class WebFixture implements AutoCloseable {

  static final Path ARTICLES = Path.of("src/test/resources/web/articles.jsonl");
  /** Articles whose text contains 停火 (Simplified or Traditional): 10 + 5 + 5 + the script one. */
  static final int CEASEFIRE_ZH = 21;

  private static Path index;

  final SearchService search;
  final WebServer server;

  WebFixture() throws Exception {
    search = new SearchService(index());
    server = WebServer.start(search, "127.0.0.1", 0);
  }

  private static synchronized Path index() {
    if (index == null) {
      index = TestIndexes.build(List.of(ARTICLES));
    }
    return index;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() throws Exception {
    server.close();
    search.close();
  }
}
