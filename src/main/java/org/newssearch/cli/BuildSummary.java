package org.newssearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newssearch.index.BuildReport;
import org.newssearch.index.Duplicate;
import org.newssearch.ingest.Reject;

/**
 * The end of an {@code index} run: a few lines on the terminal (counts, rejects counted by reason,
 * whether the generation serves and why not), {@code build-report.json} with the same figures, and
 * {@code rejects.jsonl} with one line per reject and per duplicate skipped.
 */
final class BuildSummary {

  static final String REPORT_FILE = "build-report.json";
  static final String REJECTS_FILE = "rejects.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BuildReport report;
  private final Path root;

  BuildSummary(BuildReport report, Path root) {
    this.report = report;
    this.root = root;
  }

  /** Writes both report files and prints the summary on {@code err}. */
  void print(PrintStream err, boolean addition) throws IOException {
    Files.createDirectories(root);
    writeRejects();
    writeReport();
    double seconds = Math.max(report.millis() / 1000.0, 0.001);
    err.printf(Locale.ROOT, "%s: %,d articles indexed, %,d duplicates, %,d rejected, %.1f s, %.0f articles/s, "
            + "%.2f M chars/s, index %.1f MB at %s%n",
        report.generation(), report.added(), report.duplicates().size(), rejected().size(), seconds,
        report.added() / seconds, report.inputBytes() / seconds / 1e6, report.indexBytes() / 1e6, root);
    if (!rejected().isEmpty() || !report.duplicates().isEmpty()) {
      err.println("not indexed: " + countsByReason(rejected(), report.duplicates().size()) + "; every one is listed in "
          + root.resolve(REJECTS_FILE));
    }
    List<Reject> kept = report.rejects().stream().filter(Reject::kept).toList();
    if (!kept.isEmpty()) {
      err.println("indexed without a bad part: " + countsByReason(kept, 0) + "; listed in " + root.resolve(REJECTS_FILE));
    }
    if (addition) {
      err.printf(Locale.ROOT, "%s now holds %,d articles: %,d added, %,d of them replacing an article of the same id%n",
          report.generation(), report.indexed(), report.added(), report.replaced());
    } else if (report.switched()) {
      err.printf(Locale.ROOT, "%s serves now (%,d articles)%s%s%n", report.generation(), report.indexed(),
          report.previous() == null ? "" : "; " + report.previous() + " is kept: newssearch rollback switches back",
          report.pruned().isEmpty() ? "" : "; deleted older " + String.join(", ", report.pruned()));
    } else {
      err.printf(Locale.ROOT, "not switched: %s. %s%n", report.refusal(), report.indexed() == 0
          ? "Check --input; the serving index is unchanged."
          : report.generation() + " is kept beside " + report.previous() + ", which still serves; switch to it with: "
              + "newssearch rollback --to " + report.generation()
              + ", or rebuild with --force.");
    }
  }

  /** Rejects grouped by reason, most frequent first: {@code 2 × empty file, 1 × duplicate}. */
  private static String countsByReason(List<Reject> rejects, int duplicates) {
    Map<String, Integer> counts = new TreeMap<>();
    rejects.forEach(r -> counts.merge(reasonOf(r), 1, Integer::sum));
    if (duplicates > 0) {
      counts.put("duplicate of an article indexed", duplicates);
    }
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "));
  }

  /** The reason without the values it quotes ({@code date '…' is in no form ...}), so that like rejects count together. */
  private static String reasonOf(Reject reject) {
    return reject.reason().replaceAll("'[^']*'", "'…'").replaceAll(" \\([^)]*\\)", "").replaceAll("\\d+", "N")
        .replaceAll("(symbolic link to) /\\S+", "$1 …");
  }

  private List<Reject> rejected() {
    return report.rejects().stream().filter(r -> !r.kept()).toList();
  }

  private void writeRejects() throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(root.resolve(REJECTS_FILE), StandardCharsets.UTF_8)) {
      for (Reject reject : report.rejects()) {
        out.write(JSON.writeValueAsString(reject));
        out.newLine();
      }
      for (Duplicate duplicate : report.duplicates()) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("file", duplicate.file());
        line.put("kind", "duplicate");
        line.put("id", duplicate.id());
        line.put("reason", "the same text as article " + duplicate.firstId() + " from " + duplicate.firstFile()
            + ", which is indexed in its place");
        out.write(JSON.writeValueAsString(line));
        out.newLine();
      }
    }
  }

  private void writeReport() throws IOException {
    ObjectNode node = JSON.valueToTree(report);
    node.put("duplicates", report.duplicates().size());
    node.put("rejects", rejected().size());
    node.put("keptWithoutABadPart", report.rejects().size() - rejected().size());
    node.put("rejectsFile", root.resolve(REJECTS_FILE).toString());
    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(root.resolve(REPORT_FILE).toFile(), node);
  }
}
