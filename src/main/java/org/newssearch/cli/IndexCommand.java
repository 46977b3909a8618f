package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.index.BuildReport;
import org.newssearch.index.IndexBuilder;
import org.newssearch.ingest.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newssearch index}: an offline rebuild into a new generation, switched in atomically. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build a new index generation from raw articles and switch to it atomically.")
final class IndexCommand implements Callable<Integer> {

  @Option(names = "--input", description = "File or directory of raw articles (repeatable; default: sample-data).")
  List<Path> inputs;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--threads", description = "Analysis threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    BuildReport report = build(inputs == null ? List.of(Main.home().resolve("sample-data")) : inputs,
        index == null ? Main.home().resolve("index") : index, threads, err);
    return report.indexed() == 0 ? 1 : 0;
  }

  /** Builds and prints progress and the summary on {@code err}; shared with {@code serve}. */
  static BuildReport build(List<Path> inputs, Path index, int threads, PrintStream err) throws IOException {
    long start = System.nanoTime();
    long[] lastPrint = {0};
    BuildReport report = new IndexBuilder(index, threads).rebuild(inputs, (articles, chars, rejects) -> {
      long now = System.nanoTime();
      synchronized (lastPrint) {
        if (now - lastPrint[0] > 2_000_000_000L) {
          lastPrint[0] = now;
          double seconds = (now - start) / 1e9;
          err.printf(Locale.ROOT, "indexed %,d articles (%.0f articles/s, %.1f M chars/s), %.0f s, %d rejected%n",
              articles, articles / seconds, chars / seconds / 1e6, seconds, rejects);
        }
      }
    });
    double seconds = report.millis() / 1000.0;
    err.printf(Locale.ROOT, "%s: %,d articles indexed, %,d duplicates, %,d rejected, %.1f s, %.0f articles/s, "
            + "%.1f M chars/s, index %.1f MB at %s%n",
        report.generation(), report.indexed(), report.duplicates(), report.rejects().size(), seconds,
        report.indexed() / Math.max(seconds, 0.001), report.inputBytes() / Math.max(seconds, 0.001) / 1e6,
        report.indexBytes() / 1e6, index);
    for (Reject reject : report.rejects()) {
      err.println("rejected " + reject.file() + ": " + reject.reason());
    }
    return report;
  }
}
