package org.newssearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchService;
import org.newssearch.web.WebServer;

/**
 * Search latency with snippets and facets for a query mix, in-process and over HTTP on loopback, and
 * throughput under concurrent clients, over one index.
 */
public final class SearchBench {

  /**
   * @param articles articles in the index
   * @param inProcess latencies of {@link SearchService#search} calls
   * @param http latencies of sequential {@code /api/search} requests ({@code java.net.http} client)
   * @param httpPlain the same with a plain blocking client ({@code HttpURLConnection}, kept alive):
   *     {@code java.net.http} hands each request between its own threads, which on 2 cores shared
   *     with the server costs milliseconds of its own
   * @param load latencies under concurrent clients
   * @param loadClients concurrent clients
   * @param loadSeconds how long the load ran
   * @param loadRequests requests answered under load
   * @param loadErrors requests that failed or were not 200
   * @param heapMb heap in use after warm-up and a full collection
   */
  public record Result(long articles, Latencies inProcess, Latencies http, Latencies httpPlain, Latencies load, int loadClients,
      double loadSeconds, long loadRequests, long loadErrors, double heapMb) {}

  private SearchBench() {}

  /**
   * This build's server and a baseline's, timed request by request in one run: each query of the mix
   * goes to both, in alternating order, with the blocking client; both servers share the machine, so
   * what slows one slows the other. Two warm-up rounds on each first.
   *
   * @return the latencies of ours, then of the baseline
   */
  public static Latencies[] interleaved(int ourPort, int baselinePort, List<Map<String, List<String>>> queries)
      throws IOException {
    List<URI> ours = queries.stream().map(q -> uri(ourPort, q)).toList();
    List<URI> theirs = queries.stream().map(q -> uri(baselinePort, q)).toList();
    for (int round = 0; round < 2; round++) {
      ours.forEach(SearchBench::getPlain);
      theirs.forEach(SearchBench::getPlain);
    }
    long[] ourTimes = new long[ours.size()];
    long[] theirTimes = new long[theirs.size()];
    for (int i = 0; i < ours.size(); i++) {
      boolean oursFirst = i % 2 == 0;
      if (oursFirst) {
        ourTimes[i] = timed(ours.get(i));
      }
      theirTimes[i] = timed(theirs.get(i));
      if (!oursFirst) {
        ourTimes[i] = timed(ours.get(i));
      }
    }
    return new Latencies[] {Latencies.of(ourTimes), Latencies.of(theirTimes)};
  }

  private static long timed(URI uri) throws IOException {
    long start = System.nanoTime();
    int status;
    try {
      status = status(uri);
    } catch (IOException e) {
      throw new IOException("HTTP request failed during the benchmark: " + uri + ": " + e, e);
    }
    if (status != 200) {
      throw new IOException("HTTP " + status + " during the benchmark: " + uri + " (the server's log is beside the index)");
    }
    return System.nanoTime() - start;
  }

  public static Result run(Path index, List<Map<String, List<String>>> queries, int loadClients, int loadSeconds)
      throws Exception {
    try (SearchService search = new SearchService(index); WebServer server = WebServer.start(search, "127.0.0.1", 0)) {
      long articles = search.stats().articles();
      for (int round = 0; round < 2; round++) {
        for (Map<String, List<String>> q : queries) {
          search.search(SearchRequest.fromParams(q)); // warm-up: JIT, caches, page cache
        }
      }
      long[] inProcess = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long start = System.nanoTime();
        search.search(SearchRequest.fromParams(queries.get(i)));
        inProcess[i] = System.nanoTime() - start;
      }
      HttpClient client = HttpClient.newHttpClient();
      List<URI> uris = queries.stream().map(q -> uri(server.port(), q)).toList();
      uris.forEach(u -> get(client, u)); // warm-up of the HTTP path
      long[] http = new long[uris.size()];
      for (int i = 0; i < uris.size(); i++) {
        long start = System.nanoTime();
        if (get(client, uris.get(i)) != 200) {
          throw new IOException("HTTP request failed during the benchmark: " + uris.get(i));
        }
        http[i] = System.nanoTime() - start;
      }
      long[] plain = new long[uris.size()];
      for (int i = 0; i < uris.size(); i++) {
        plain[i] = timed(uris.get(i));
      }
      System.gc();
      double heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
      return load(uris, loadClients, loadSeconds, articles, Latencies.of(inProcess), Latencies.of(http),
          Latencies.of(plain), heapMb);
    }
  }

  private static Result load(List<URI> uris, int clients, int seconds, long articles, Latencies inProcess,
      Latencies http, Latencies httpPlain, double heapMb) throws InterruptedException {
    AtomicLong errors = new AtomicLong();
    List<long[]> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int c = 0; c < clients; c++) {
      int offset = c * 7919;
      long[][] slot = {new long[1024]};
      int[] n = {0};
      Thread t = new Thread(() -> {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = offset; System.nanoTime() < end; i++) {
          long start = System.nanoTime();
          if (get(client, uris.get(Math.floorMod(i, uris.size()))) != 200) {
            errors.incrementAndGet();
          }
          if (n[0] == slot[0].length) {
            slot[0] = java.util.Arrays.copyOf(slot[0], n[0] * 2);
          }
          slot[0][n[0]++] = System.nanoTime() - start;
        }
        synchronized (perClient) {
          perClient.add(java.util.Arrays.copyOf(slot[0], n[0]));
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    return new Result(articles, inProcess, http, httpPlain, Latencies.of(all), clients, seconds, all.length, errors.get(), heapMb);
  }

  /** The status of a GET, or -1 when it failed outright. */
  static int get(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The status of a GET with a blocking {@link HttpURLConnection} (the JDK keeps the connection alive), or -1. */
  static int getPlain(URI uri) {
    try {
      return status(uri);
    } catch (IOException e) {
      return -1;
    }
  }

  /** GETs {@code uri} through a kept-alive {@link HttpURLConnection}, reads the body and returns the status. */
  private static int status(URI uri) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    int status = connection.getResponseCode();
    try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (body != null) {
        body.transferTo(OutputStream.nullOutputStream()); // read to the end, so the connection is reused
      }
    }
    return status;
  }

  static URI uri(int port, Map<String, List<String>> params) {
    return uri(port, "/api/search", params);
  }

  /** {@code path} on the local server at {@code port} with {@code params}, percent-encoded. */
  static URI uri(int port, String path, Map<String, List<String>> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((name, values) -> values.forEach(v -> query.append(query.isEmpty() ? "" : "&")
        .append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
    return URI.create("http://127.0.0.1:" + port + path + "?" + query);
  }
}
