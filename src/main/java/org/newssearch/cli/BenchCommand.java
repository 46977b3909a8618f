package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.eval.AnalysisBench;
import org.newssearch.eval.ChineseChains;
import org.newssearch.eval.Corpus;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newssearch bench ...}: benchmarks that report ratios measured in one run. Add one as a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks, reported as ratios against a baseline measured in the same run.",
    subcommands = {BenchCommand.Analysis.class, BenchIndexCommand.class, BenchSearchCommand.class,
        BenchStartupCommand.class, BenchLoadCommand.class, BenchFacetsCommand.class})
final class BenchCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** The given corpus, or the shared CCTV corpus; {@code null} (after saying why) when it is missing. */
  static Path corpusOrDefault(Path corpus) {
    Path file = corpus != null ? corpus : Main.home().resolve("../shared/corpora/zh-cctv-xwlb.jsonl.gz").normalize();
    if (!Files.isRegularFile(file)) {
      new PrintStream(System.err, true, StandardCharsets.UTF_8).println(
          "error: no corpus at " + file + "; pass --corpus FILE.jsonl[.gz]");
      return null;
    }
    return file;
  }

  /** Builds an index of {@code corpus} at {@code index} unless one is there already. */
  static void buildIfMissing(Path index, Path corpus, PrintStream out) throws IOException {
    if (new Generations(index).current().isEmpty()) {
      out.println("building the index of " + corpus.getFileName() + " at " + index + " ...");
      new IndexBuilder(index, Runtime.getRuntime().availableProcessors()).rebuild(List.of(corpus), (a, c, r) -> {});
    }
  }

  /** {@code bench analysis}: the Chinese chains against bare smartcn and CJKAnalyzer. */
  @Command(name = "analysis", mixinStandardHelpOptions = true,
      description = "Chinese analysis chains vs bare SmartChineseAnalyzer/CJKAnalyzer over zh-cctv-xwlb bodies.")
  static final class Analysis implements Callable<Integer> {

    @Option(names = "--corpus", description = "JSONL(.gz) whose bodies are analyzed (default: ../shared/corpora/zh-cctv-xwlb.jsonl.gz).")
    Path corpus;

    @Option(names = "--docs", description = "Number of bodies (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int docs;

    @Option(names = "--threads", split = ",", description = "Thread counts (default: ${DEFAULT-VALUE}).", defaultValue = "1,2")
    List<Integer> threads;

    @Option(names = "--rounds", description = "Rounds; the best of each contender counts (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int rounds;

    @Override
    public Integer call() throws Exception {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      Path file = corpusOrDefault(corpus);
      if (file == null) {
        return 2;
      }
      List<String> bodies = Corpus.read(file, docs).stream().map(Corpus.Item::body).toList();
      AnalysisBench bench = new AnalysisBench(bodies);
      out.printf(Locale.ROOT, "%d bodies, %d chars, %d rounds, %d cores, java %s, vector module %s%n",
          bodies.size(), bench.chars(), rounds, Runtime.getRuntime().availableProcessors(),
          Runtime.version(), ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "on" : "off");
      for (int n : threads) {
        for (AnalysisBench.Group group : List.of(ChineseChains.words(), ChineseChains.bigrams())) {
          for (AnalysisBench.Result r : bench.run(group, n, rounds)) {
            out.printf(Locale.ROOT, "%-8s %d thread(s)  %-52s %6.2f M chars/cpu-s  ratio %.3f  |  %6.2f M chars/s  wall ratio %.3f%n",
                r.group(), r.threads(), r.contender(), r.charsPerCpuSecond() / 1e6, r.ratio(),
                r.charsPerSecond() / 1e6, r.wallRatio());
          }
        }
      }
      return 0;
    }
  }
}
