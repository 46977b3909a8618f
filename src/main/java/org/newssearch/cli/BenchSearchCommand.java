package org.newssearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newssearch.bench.CorpusCopies;
import org.newssearch.bench.Latencies;
import org.newssearch.bench.QueryMix;
import org.newssearch.bench.SearchBench;
import org.newssearch.bench.ServerProcess;
import org.newssearch.bench.StartupBench;
import org.newssearch.eval.Corpus;
import org.newssearch.index.BuildReport;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench search}: latency of a query mix with snippets and facets, in-process and over HTTP,
 * throughput under concurrent clients, heap, and time from JVM start to the first answer, over a
 * corpus repeated {@code --copies} times (new ids for each copy).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search latency (p50/p95/p99) in-process and over HTTP, load, heap and start-up over a corpus index.")
final class BenchSearchCommand extends CorpusBench {

  @Option(names = "--copies", description = "Index the corpus this many times with new ids (default: ${DEFAULT-VALUE}).")
  int copies = 1;

  @Option(names = "--queries", description = "Queries in the mix (default: ${DEFAULT-VALUE}).")
  int queries = 1000;

  @Option(names = "--clients", description = "Concurrent HTTP clients for the load test (default: ${DEFAULT-VALUE}).")
  int clients = 8;

  @Option(names = "--seconds", description = "Duration of the load test (default: ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(names = "--baseline", description = "The newssearch.jar of an earlier build: also time it against this build "
      + "over HTTP, request by request, in this run.")
  Path baseline;

  @Option(names = "--baseline-index", description = "The index the baseline serves, built by the baseline itself "
      + "(default: this build's; give one when the schema changed).")
  Path baselineIndex;

  @Option(names = "--baseline-java-options", description = "JVM options for the baseline's server instead of this "
      + "JVM's own (space-separated; \"\" for none), e.g. to time one build with and without a JVM option.")
  String baselineJavaOptions;

  @Override
  int run(Path file, PrintStream out) throws Exception {
    Path dir = Files.createDirectories(workDir().resolve("search-x" + copies));
    List<JsonNode> rows = Corpus.nodes(file, Integer.MAX_VALUE);
    Optional<Path> built = new Generations(dir.resolve("index")).current();
    // An index of an older schema would time what this build no longer writes.
    if (built.isEmpty() || Schema.versionOf(built.get()) < Schema.VERSION) {
      Path input = copies == 1 ? file : CorpusCopies.write(rows, copies, dir.resolve("corpus.jsonl"));
      out.printf(Locale.ROOT, "building the index of %d x %s ...%n", copies, file.getFileName());
      int threads = Runtime.getRuntime().availableProcessors();
      BuildReport report = new IndexBuilder(dir.resolve("index"), threads).rebuild(List.of(input), (a, c, r) -> {});
      out.printf(Locale.ROOT, "built %,d articles in %.1f s (%,.0f articles/s, %d threads, one segment), %,d bytes%n",
          report.indexed(), report.millis() / 1e3, report.indexed() / (report.millis() / 1e3), threads, report.indexBytes());
      Files.deleteIfExists(dir.resolve("corpus.jsonl"));
    }
    List<Map<String, List<String>>> mix = QueryMix.of(rows, queries, 42);
    double startup = StartupBench.secondsToFirstAnswer(dir.resolve("index"), mix.get(0));
    SearchBench.Result r = SearchBench.run(dir.resolve("index"), mix, clients, seconds);
    out.printf(Locale.ROOT, "index of %,d articles (%d x %s), %d queries in the mix, %d cores, java %s%n",
        r.articles(), copies, file.getFileName(), mix.size(), Runtime.getRuntime().availableProcessors(), Runtime.version());
    print(out, "in-process search + snippets + facets", r.inProcess());
    print(out, "HTTP /api/search, one java.net.http client", r.http());
    print(out, "HTTP /api/search, one blocking client", r.httpPlain());
    print(out, String.format(Locale.ROOT, "HTTP under load, %d clients, %.0f s", r.loadClients(), r.loadSeconds()), r.load());
    out.printf(Locale.ROOT, "load: %,d requests, %.0f requests/s, %d errors%n",
        r.loadRequests(), r.loadRequests() / r.loadSeconds(), r.loadErrors());
    out.printf(Locale.ROOT, "heap in use after warm-up: %.0f MB; JVM start to first answer: %.2f s%n", r.heapMb(), startup);
    if (baseline != null) {
      compare(out, dir.resolve("index"), mix);
    }
    return r.loadErrors() == 0 ? 0 : 1;
  }

  /**
   * This build against the baseline's, each in a server JVM of its own started with the same options
   * (unless {@code --baseline-java-options}), each query sent to both in turn.
   */
  private void compare(PrintStream out, Path index, List<Map<String, List<String>>> mix) throws Exception {
    List<String> ownOptions = ServerProcess.ownJvmOptions();
    List<String> baselineOptions = baselineJavaOptions == null ? ownOptions
        : List.of(baselineJavaOptions.strip().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();
    try (ServerProcess ours = ServerProcess.start(ServerProcess.ownJar(), ownOptions, index);
        ServerProcess other = ServerProcess.start(baseline, baselineOptions, baselineIndex == null ? index : baselineIndex)) {
      Latencies[] both = SearchBench.interleaved(ours.port(), other.port(), mix);
      print(out, "HTTP, this build (interleaved, blocking client)", both[0]);
      print(out, "HTTP, baseline " + baseline.getFileName() + " (same requests)", both[1]);
      out.printf(Locale.ROOT, "this build / baseline: p50 %.2f  p95 %.2f  p99 %.2f%n",
          both[0].p50() / both[1].p50(), both[0].p95() / both[1].p95(), both[0].p99() / both[1].p99());
      out.println("this build's server: " + String.join(" ", ownOptions));
      out.println("baseline's server:   " + String.join(" ", baselineOptions));
    }
  }

  private static void print(PrintStream out, String what, Latencies l) {
    out.printf(Locale.ROOT, "%-45s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%d requests)%n",
        what, l.p50(), l.p95(), l.p99(), l.max(), l.count());
  }
}
