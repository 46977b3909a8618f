package org.newssearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long mixed load on a server in its own JVM: searches of a query mix (with snippets and facets),
 * timelines, full exports and article views from many clients at once, while a rebuild switches the
 * served generation. Counts every status, times every kind of request, and samples the server's
 * resident memory, so that "no errors, flat memory" is a measured statement.
 */
public final class LoadBench {

  /** What a run saw: statuses by kind of request, latencies by kind, memory samples (MB) over time. */
  public record Result(int clients, int seconds, Map<String, Map<Integer, Long>> statuses, Map<String, Latencies> latencies,
      List<Double> residentMb, long errors) {}

  private LoadBench() {}

  /**
   * Runs {@code clients} clients for {@code seconds} against {@code server}, and at a third of the
   * time starts {@code rebuild} (a process that rebuilds the served index), waiting for it at the end.
   */
  public static Result run(ServerProcess server, List<Map<String, List<String>>> mix, int clients, int seconds,
      ProcessBuilder rebuild) throws Exception {
    Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();
    Map<String, List<long[]>> times = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      Thread t = new Thread(() -> {
        Map<String, long[]> mine = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        while (System.nanoTime() < end) {
          Map<String, List<String>> q = mix.get(random.nextInt(mix.size()));
          int dice = random.nextInt(100);
          String kind = dice < 80 ? "search" : dice < 90 ? "timeline" : dice < 95 ? "export" : "page";
          Map<String, List<String>> params = new java.util.LinkedHashMap<>(q);
          if (kind.equals("export")) {
            params.put("format", List.of(random.nextBoolean() ? "csv" : "jsonl"));
          }
          URI uri = SearchBench.uri(server.port(), switch (kind) {
            case "search" -> "/api/search";
            case "timeline" -> "/api/timeline";
            case "export" -> "/api/export";
            default -> "/";
          }, params);
          long t0 = System.nanoTime();
          int status = status(uri);
          long took = System.nanoTime() - t0;
          statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(status, 1L, Long::sum);
          // 503 with Retry-After is the server shedding load by design (the export cap), not a failure.
          if (status != 200 && status != 503) {
            errors.incrementAndGet();
          }
          int n = counts.merge(kind, 1, Integer::sum);
          long[] slot = mine.computeIfAbsent(kind, k -> new long[1024]);
          if (n > slot.length) {
            slot = Arrays.copyOf(slot, slot.length * 2);
            mine.put(kind, slot);
          }
          slot[n - 1] = took;
        }
        mine.forEach((kind, slot) -> times.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
            .add(Arrays.copyOf(slot, counts.get(kind))));
      }, "load-client-" + c);
      threads.add(t);
      t.start();
    }
    List<Double> resident = new ArrayList<>();
    Process rebuilding = null;
    while (System.nanoTime() < end) {
      resident.add(residentMb(server.pid()));
      if (rebuilding == null && System.nanoTime() - start > (end - start) / 3) {
        rebuilding = rebuild.start();
      }
      Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
    }
    for (Thread t : threads) {
      t.join();
    }
    if (rebuilding != null && rebuilding.waitFor() != 0) {
      throw new IOException("the rebuild during the load failed with exit " + rebuilding.exitValue());
    }
    Map<String, Latencies> latencies = new TreeMap<>();
    times.forEach((kind, parts) -> latencies.put(kind, Latencies.of(parts.stream().flatMapToLong(Arrays::stream).toArray())));
    Map<String, Map<Integer, Long>> sortedStatuses = new TreeMap<>();
    statuses.forEach((kind, byStatus) -> sortedStatuses.put(kind, new TreeMap<>(byStatus)));
    return new Result(clients, seconds, sortedStatuses, latencies, resident, errors.get());
  }

  /** GETs {@code uri}, reads the whole body (an export streams every match) and returns the status, -1 on failure. */
  private static int status(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setReadTimeout(120_000);
      int status = connection.getResponseCode();
      try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.transferTo(OutputStream.nullOutputStream());
        }
      }
      return status;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The anonymous resident memory of process {@code pid} in MB (heap, stacks, native memory; not the
   * mapped index files), from /proc; 0 where there is none.
   */
  private static double residentMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("RssAnon:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // no /proc here
    }
    return 0;
  }
}
