package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newssearch.eval.CopiesCost;
import org.newssearch.eval.CopiesEval;
import org.newssearch.eval.CopyJudge;
import org.newssearch.eval.RealCopiesEval;
import org.newssearch.index.CopyGroups;
import org.newssearch.index.MinHashCopyDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval copies}: syndicated-copy detection, precision and recall on constructed pairs, and its cost. */
@Command(name = "copies", mixinStandardHelpOptions = true,
    description = "Copy detection precision/recall over pairs from zh-cctv-xwlb and its zh-Hant twins (threshold"
        + " tuned on one half, reported on the other), and indexing time with and without it. With --real INDEX:"
        + " the copy groups of an index's articles instead, judged on a sample of pairs.")
final class EvalCopiesCommand extends SharedDataCommand {

  @Option(names = "--sample", description = "Originals made into copies, and negatives of each kind; with --real,"
      + " pairs judged (default: ${DEFAULT-VALUE}).")
  int sample = 1000;

  @Option(names = "--articles", description = "Corpus articles indexed to measure the cost (default: ${DEFAULT-VALUE}).")
  int articles = 3000;

  @Option(names = "--threads", description = "Indexing threads for the cost (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--real", paramLabel = "INDEX", description = "Measure the copy groups of this index's articles:"
      + " as stored, and as this build's detector groups them.")
  Path real;

  @Option(names = "--largest", description = "With --real, the largest groups listed (default: ${DEFAULT-VALUE}).")
  int largest = 10;

  @Override
  int run(Path dir, PrintStream out) throws Exception {
    if (real != null) {
      return real(out);
    }
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

  private int real(PrintStream out) throws Exception {
    RealCopiesEval.Indexed indexed = RealCopiesEval.read(real);
    out.printf(Locale.ROOT, "%,d articles in %s; a pair is one story when %.0f%% of the shorter text lies in runs of"
        + " %d letters or digits that the other holds and at most %d articles do%n", indexed.articles().size(), real,
        100 * CopyJudge.SAME_STORY, CopyJudge.RUN, CopyJudge.MAX_ARTICLES);
    print(out, "groups as stored in the index", RealCopiesEval.report(indexed.articles(), indexed.groups(), sample, 7, largest));
    long start = System.nanoTime();
    Map<String, String> now = CopyGroups.of(indexed.articles(), new MinHashCopyDetector());
    out.printf(Locale.ROOT, "(regrouped in %d ms)%n", (System.nanoTime() - start) / 1_000_000);
    print(out, "groups this build's detector gives", RealCopiesEval.report(indexed.articles(), now, sample, 7, largest));
    return 0;
  }

  private static void print(PrintStream out, String label, RealCopiesEval.Report r) {
    long same = r.sample().stream().filter(RealCopiesEval.Judged::sameStory).count();
    out.printf(Locale.ROOT, "%s: %,d articles flagged copy; precision %.4f (%d of %d sampled pairs one story)%n",
        label, r.flagged(), r.precision(), same, r.sample().size());
    r.sizes().forEach((range, t) -> out.printf(Locale.ROOT, "    groups of %-7s %,6d groups %,7d articles%n", range, t[0], t[1]));
    out.println("  largest groups:");
    for (RealCopiesEval.Group g : r.largest()) {
      out.printf(Locale.ROOT, "    %4d  %s..%s  %s | %s%n", g.size(), g.from(), g.to(), g.title(), String.join(" | ", g.titles()));
    }
    out.println("  sampled pairs judged different stories:");
    r.sample().stream().filter(j -> !j.sameStory()).limit(15).forEach(j -> out.printf(Locale.ROOT,
        "    %.2f  %s  <-  %s%n", j.shared(), j.title(), j.firstTitle()));
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
