package org.newssearch.web;

import java.nio.file.Path;
import org.newssearch.search.SearchLimits;
import org.newssearch.search.SearchService;

/** The real server on a free port over an index, with an HTTP client speaking to it. */
public record TestServer(SearchService search, WebServer server, HttpClientForTests http) implements AutoCloseable {

  /** Starts serving {@code index} on 127.0.0.1 and a free port. */
  public static TestServer start(Path index) throws java.io.IOException {
    return start(index, SearchLimits.DEFAULT);
  }

  /** Starts serving {@code index} with {@code limits}. */
  public static TestServer start(Path index, SearchLimits limits) throws java.io.IOException {
    return start(index, limits, WebOptions.DEFAULT);
  }

  /** Starts serving {@code index} with {@code limits} and HTTP {@code options}. */
  public static TestServer start(Path index, SearchLimits limits, WebOptions options) throws java.io.IOException {
    SearchService search = new SearchService(index, limits);
    WebServer server = WebServer.start(search, "127.0.0.1", 0, options);
    return new TestServer(search, server, new HttpClientForTests(server.port()));
  }

  @Override
  public void close() throws java.io.IOException {
    server.close();
    search.close();
  }
}
