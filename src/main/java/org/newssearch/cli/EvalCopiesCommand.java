package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newssearch.eval.CopiesCost;
import org.newssearch.eval.CopiesEval;
import org.newssearch.index.MinHashCopyDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval copies}: syndicated-copy detection, precision and recall on constructed pairs, and its cost. */
@Command(name = "copies", mixinStandardHelpOptions = true,
    description = "Copy detection precision/recall over pairs from zh-cctv-xwlb and its zh-Hant twins (threshold"
        + " tuned on one half, reported on the other), and indexing time with and without it.")
final class EvalCopiesCommand extends SharedDataCommand {

  @Option(names = "--sample", description = "Originals made into copies, and negatives of each kind (default: ${DEFAULT-VALUE}).")
  int sample = 1000;

  @Option(names = "--articles", description = "Corpus articles indexed to measure the cost (default: ${DEFAULT-VALUE}).")
  int articles = 3000;

  @Option(names = "--threads", description = "Indexing threads for the cost (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Override
  int run(Path dir, PrintStream out) throws Exception {
    Path cctv = dir.resolve("corpora/zh-cctv-xwlb.jsonl.gz");
    CopiesEval eval = CopiesEval.pairs(cctv, dir.resolve("corpora/zh-Hant-twins-s2tw.jsonl.gz"), sample, 7);
    out.println("pairs: " + eval.counts());
    CopiesEval.Score tuned = eval.score();
    print(out, "tuned on one half, test half", tuned);
    print(out, "shipped threshold, test half", eval.scoreAt(MinHashCopyDetector.DEFAULT_THRESHOLD));
    Path work = Files.createTempDirectory("newssearch-copies");
    try {
      CopiesCost.Cost cost = CopiesCost.of(cctv, articles, threads, work);
      out.printf(Locale.ROOT, "cost: %d articles on %d threads: %d ms without detection, %d ms with (x%.2f);"
          + " index %.1f MB without, %.1f MB with (x%.2f)%n", cost.articles(), cost.threads(), cost.millisWithout(),
          cost.millisWith(), (double) cost.millisWith() / Math.max(1, cost.millisWithout()), cost.bytesWithout() / 1e6,
          cost.bytesWith() / 1e6, (double) cost.bytesWith() / Math.max(1, cost.bytesWithout()));
    } finally {
      EvalCommand.deleteTree(work);
    }
    return 0;
  }

  private static void print(PrintStream out, String label, CopiesEval.Score s) {
    out.printf(Locale.ROOT, "%s: threshold %.3f  precision %.4f  recall %.4f  F1 %.4f  (%d of %d copies grouped,"
        + " %d of %d different stories grouped)%n", label, s.threshold(), s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.positives(), s.falsePositives(), s.negatives());
    for (Map.Entry<CopiesEval.Kind, double[]> k : s.perKind().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      out.printf(Locale.ROOT, "    %-12s %5.0f of %5.0f grouped (%.4f)%n", k.getKey().name().toLowerCase(Locale.ROOT),
          k.getValue()[0], k.getValue()[1], k.getValue()[0] / k.getValue()[1]);
    }
  }
}
