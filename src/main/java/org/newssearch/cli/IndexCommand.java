package org.newssearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

/**
 * {@code newssearch index}: an offline rebuild into a new generation, switched in atomically; or, with
 * {@code --add} / {@code --delete}, an update of the serving generation.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Build a new index generation from raw articles and switch to it atomically.",
        "With --add, add or replace articles in the serving generation; with --delete, remove articles by id.",
        "A running serve picks up either within seconds. A report is written to DIR/build-report.json."})
final class IndexCommand implements Callable<Integer> {

  static final String REPORT_FILE = "build-report.json";

  @Option(names = "--input", arity = "1..*", description = "Files or directories of raw articles (repeatable; default: sample-data).")
  List<Path> inputs;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--add", description = "Add or replace (by id) in the serving generation instead of rebuilding.")
  boolean add;

  @Option(names = "--delete", paramLabel = "ID", description = "Delete the article with this id (repeatable).")
  List<String> deleteIds;

  @Option(names = "--threads", description = "Analysis threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Path root = index == null ? Main.home().resolve("index") : index;
    IndexBuilder builder = new IndexBuilder(root, threads);
    if (deleteIds != null) {
      long deleted = builder.delete(deleteIds);
      err.printf(Locale.ROOT, "deleted %d of %d ids from %s%n", deleted, deleteIds.size(), root);
      return deleted == deleteIds.size() ? 0 : 1;
    }
    List<Path> from = inputs == null ? List.of(Main.home().resolve("sample-data")) : inputs;
    BuildReport report = run(builder, from, add, err);
    printSummary(report, root, err);
    return report.indexed() == 0 ? 1 : 0;
  }

  /** A rebuild with progress and summary on {@code err}; {@code serve} uses it for a missing index. */
  static BuildReport rebuild(List<Path> inputs, Path root, PrintStream err) throws IOException {
    BuildReport report = run(new IndexBuilder(root, Runtime.getRuntime().availableProcessors()), inputs, false, err);
    printSummary(report, root, err);
    return report;
  }

  private static BuildReport run(IndexBuilder builder, List<Path> inputs, boolean add, PrintStream err)
      throws IOException {
    ProgressLine progress = new ProgressLine(err, System.console() != null);
    BuildReport report = add ? builder.add(inputs, progress) : builder.rebuild(inputs, progress);
    progress.finish();
    return report;
  }

  private static void printSummary(BuildReport report, Path root, PrintStream err) throws IOException {
    double seconds = Math.max(report.millis() / 1000.0, 0.001);
    err.printf(Locale.ROOT, "%s: %,d articles indexed, %,d duplicates, %,d rejected, %.1f s, %.0f articles/s, "
            + "%.2f M chars/s, index %.1f MB at %s%n",
        report.generation(), report.indexed(), report.duplicates(), report.rejects().size(), seconds,
        report.indexed() / seconds, report.inputBytes() / seconds / 1e6, report.indexBytes() / 1e6, root);
    for (Reject reject : report.rejects()) {
      err.println("rejected " + reject.file() + ": " + reject.reason());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(root.resolve(REPORT_FILE).toFile(), report);
  }
}
