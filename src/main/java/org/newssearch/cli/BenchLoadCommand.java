package org.newssearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newssearch.bench.LoadBench;
import org.newssearch.bench.QueryMix;
import org.newssearch.bench.ServerProcess;
import org.newssearch.eval.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench load}: many clients for minutes (searches, timelines, exports, pages) against a
 * server in its own JVM while a rebuild switches its index: every status counted, latency by kind,
 * the server's memory sampled. Exits 1 when any request failed.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Mixed load (search, timeline, export, page) from many clients during a rebuild: errors, latency, memory.")
final class BenchLoadCommand extends CorpusBench {

  @Option(names = "--clients", split = ",", description = "Client counts, one run each (default: ${DEFAULT-VALUE}).",
      defaultValue = "8,32")
  List<Integer> clients;

  @Option(names = "--seconds", description = "Duration of each run (default: ${DEFAULT-VALUE}).")
  int seconds = 600;

  @Option(names = "--server-heap", description = "The server's -Xmx: with the heap capped, memory that keeps growing "
      + "would end in errors rather than in a larger heap (default: ${DEFAULT-VALUE}).")
  String serverHeap = "1g";

  @Override
  int run(Path file, PrintStream out) throws Exception {
    Path index = workDir().resolve("load/index");
    BenchCommand.buildIfMissing(index, file, out);
    List<JsonNode> rows = Corpus.nodes(file, Integer.MAX_VALUE);
    List<Map<String, List<String>>> mix = QueryMix.of(rows, 1000, 42);
    long errors = 0;
    for (int n : clients) {
      List<String> serverOptions = new ArrayList<>(ServerProcess.ownJvmOptions());
      serverOptions.add("-Xmx" + serverHeap);
      try (ServerProcess server = ServerProcess.start(ServerProcess.ownJar(), serverOptions, index)) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(ServerProcess.ownJvmOptions());
        command.addAll(List.of("-jar", ServerProcess.ownJar().toString(), "index", "--input", file.toString(),
            "--index", index.toString(), "--threads", "1"));
        ProcessBuilder rebuild = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(Files.createDirectories(index.getParent()).resolve("rebuild.log").toFile());
        LoadBench.Result r = LoadBench.run(server, mix, n, seconds, rebuild);
        print(out, r);
        errors += r.errors();
      }
    }
    return errors == 0 ? 0 : 1;
  }

  private void print(PrintStream out, LoadBench.Result r) {
    out.printf(Locale.ROOT, "%d clients, %d s, server -Xmx%s, a rebuild of the served index from a third of the way: "
        + "%d errors%n", r.clients(), r.seconds(), serverHeap, r.errors());
    r.latencies().forEach((kind, l) -> out.printf(Locale.ROOT,
        "  %-8s %,9d requests  statuses %s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.1f ms%n",
        kind, l.count(), r.statuses().get(kind), l.p50(), l.p95(), l.p99(), l.max()));
    out.println("  server anonymous resident memory (not the mapped index), MB, every 10 s: " + r.residentMb().stream()
        .map(mb -> String.format(Locale.ROOT, "%.0f", mb)).toList());
  }
}
