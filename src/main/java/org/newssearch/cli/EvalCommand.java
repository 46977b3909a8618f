package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import org.newssearch.eval.Corpus;
import org.newssearch.eval.LangDetectEval;
import org.newssearch.eval.SegmentationEval;
import org.newssearch.eval.TwinsEval;
import org.newssearch.eval.SegmentationScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newssearch eval ...}: quality evaluations over the shared corpora and gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Quality evaluations over ../shared (segmentation, twins, langdetect, retrieval, copies, names).",
    subcommands = {EvalCommand.Segmentation.class, EvalCommand.Twins.class, EvalCommand.LangDetect.class,
        EvalRetrievalCommand.class, EvalCopiesCommand.class, EvalNamesCommand.class})
final class EvalCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** {@code eval segmentation}: word P/R/F of the index-time chain beside bare HMMChineseTokenizer. */
  @Command(name = "segmentation", mixinStandardHelpOptions = true,
      description = "Word precision/recall/F on SIGHAN 2005 and UD Chinese, punctuation left out.")
  static final class Segmentation extends SharedDataCommand {

    @Override
    int run(Path dir, PrintStream out) throws Exception {
      out.println("set       sentences   chain P   chain R   chain F  |  bare P    bare R    bare F");
      for (SegmentationEval.SetResult r : SegmentationEval.run(dir.resolve("eval"))) {
        SegmentationScore c = r.chain();
        SegmentationScore b = r.bare();
        out.printf(Locale.ROOT, "%-8s %9d   %.4f    %.4f    %.4f   |  %.4f    %.4f    %.4f%n", r.name(),
            r.sentences(), c.precision(), c.recall(), c.f(), b.precision(), b.recall(), b.f());
      }
      return 0;
    }
  }

  /** {@code eval twins}: Traditional twins against their Simplified originals. */
  @Command(name = "twins", mixinStandardHelpOptions = true,
      description = "Token identity and title-query top 10 of zh-Hant twins vs their Simplified originals.")
  static final class Twins extends SharedDataCommand {

    @Option(names = "--distractors", defaultValue = "4000",
        description = "Other zh-cctv-xwlb items indexed beside the pairs (default: ${DEFAULT-VALUE}).")
    int distractors;

    @Override
    int run(Path dir, PrintStream out) throws Exception {
      Path originals = dir.resolve("corpora/zh-cctv-xwlb.jsonl.gz");
      List<Corpus.Item[]> pairs = TwinsEval.pairs(dir.resolve("corpora/zh-Hant-twins-s2tw.jsonl.gz"), originals);
      out.printf(Locale.ROOT, "%d twin/original pairs%n", pairs.size());
      for (TwinsEval.TokenAgreement t : TwinsEval.tokens(pairs)) {
        out.printf(Locale.ROOT, "tokens %-10s %d of %d identical: %.4f%%%n", t.field(), t.identical(), t.total(),
            100 * t.rate());
        t.examples().forEach(e -> out.println("    differs: " + e));
      }
      Path index = Files.createTempDirectory("newssearch-twins-index");
      try {
        TwinsEval.QueryAgreement q = TwinsEval.titleQueries(pairs, Corpus.read(originals, distractors), index);
        out.printf(Locale.ROOT, "title queries: %d of %d pairs return the same top 10 (%.2f%%), over %d articles%n",
            q.same(), q.pairs(), 100 * q.rate(), q.indexed());
        q.examples().forEach(e -> out.println("    differs: " + e));
      } finally {
        deleteTree(index);
      }
      return 0;
    }
  }

  /** {@code eval langdetect}: language detection accuracy and cost over every shared corpus. */
  @Command(name = "langdetect", mixinStandardHelpOptions = true,
      description = "Language detection accuracy over ../shared/corpora (twins are zh-Hant).")
  static final class LangDetect extends SharedDataCommand {

    @Override
    int run(Path dir, PrintStream out) throws Exception {
      long items = 0;
      long correct = 0;
      long nanos = 0;
      long chars = 0;
      for (LangDetectEval.FileResult r : LangDetectEval.run(dir.resolve("corpora"))) {
        out.printf(Locale.ROOT, "%-28s expected %-8s %6d items  %.4f correct  %s  %.1f us/item%n", r.file(),
            r.expected(), r.items(), r.accuracy(), r.confusion(), r.cpuNanos() / 1e3 / Math.max(1, r.items()));
        r.examples().forEach(e -> out.println("    wrong: " + e));
        items += r.items();
        correct += r.correct();
        nanos += r.cpuNanos();
        chars += r.chars();
      }
      out.printf(Locale.ROOT, "all: %d of %d correct (%.4f); %.1f M chars/cpu-s%n", correct, items,
          (double) correct / Math.max(1, items), chars / (nanos / 1e9) / 1e6);
      return 0;
    }
  }

  static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
