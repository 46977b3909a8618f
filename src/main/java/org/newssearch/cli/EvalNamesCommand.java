package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newssearch.bench.Latencies;
import org.newssearch.eval.NamesEval;
import org.newssearch.eval.SegmentationGold;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.names.Entity;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchLimits;
import org.newssearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval names}: variant recall, precision and cost of searching names in every spelling. */
@Command(name = "names", mixinStandardHelpOptions = true,
    description = "Name variants over every shared corpus and sample-data: recall before/after, precision, "
        + "common words the sound-alike rule takes, latency with and without expansion.")
final class EvalNamesCommand extends SharedDataCommand {

  @Option(names = "--index", description = "Index of every corpus to use or build (default: target/bench/names/index).")
  Path index;

  @Option(names = "--entities", description = "The fixture (default: src/test/resources/names/eval-entities.tsv).")
  Path entities;

  @Option(names = "--rounds", description = "Timed rounds of every query, on and off interleaved (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Override
  int run(Path dir, PrintStream out) throws Exception {
    Path root = index != null ? index : Main.home().resolve("target/bench/names/index");
    if (new Generations(root).current().isEmpty()) {
      List<Path> inputs = new ArrayList<>();
      try (Stream<Path> corpora = Files.list(dir.resolve("corpora"))) {
        corpora.sorted().forEach(inputs::add);
      }
      inputs.add(Main.home().resolve("sample-data"));
      out.println("building the index of " + inputs.size() + " inputs at " + root + " ...");
      new IndexBuilder(root, Runtime.getRuntime().availableProcessors()).rebuild(inputs, (a, c, r) -> {});
    }
    List<Entity> fixture = NamesEval.fixture(
        entities != null ? entities : Main.home().resolve("src/test/resources/names/eval-entities.tsv"));
    try (SearchService search = new SearchService(root, SearchLimits.DEFAULT, NameVariants::shipped)) {
      NamesEval eval = new NamesEval(search, NameVariants.shipped());
      List<NamesEval.Spelling> spellings = eval.run(fixture);
      recall(spellings, out);
      soundAlikes(eval, dir, out);
      latency(eval, spellings, out);
    }
    return 0;
  }

  private static void recall(List<NamesEval.Spelling> spellings, PrintStream out) {
    out.println("entity                 spelling            union  before  after   recall before -> after  precision");
    Map<String, double[]> perEntity = new LinkedHashMap<>();
    Map<String, NamesEval.Spelling> mainland = new LinkedHashMap<>();
    for (NamesEval.Spelling s : spellings) {
      mainland.putIfAbsent(s.entity(), s);
      out.printf(Locale.ROOT, "%-22s %-18s %6d  %6d  %6d   %.3f -> %.3f         %.3f%n", s.entity(), s.text(), s.union(),
          s.before(), s.after(), s.recallBefore(), s.recallAfter(), s.precision());
      double[] sums = perEntity.computeIfAbsent(s.entity(), e -> new double[4]);
      sums[0] += s.recallBefore();
      sums[1] += s.recallAfter();
      sums[2] += s.precision();
      sums[3]++;
    }
    double before = 0;
    double after = 0;
    double precision = 0;
    String worst = null;
    double worstRecall = 2;
    for (Map.Entry<String, double[]> e : perEntity.entrySet()) {
      double[] s = e.getValue();
      before += s[0] / s[3];
      after += s[1] / s[3];
      precision += s[2] / s[3];
      if (s[1] / s[3] < worstRecall) {
        worstRecall = s[1] / s[3];
        worst = e.getKey();
      }
    }
    int n = perEntity.size();
    out.printf(Locale.ROOT, "%d entities, %d spellings: mean variant recall %.3f before, %.3f after; worst entity %s %.3f;"
        + " mean precision %.3f%n", n, spellings.size(), before / n, after / n, worst, worstRecall, precision / n);
    out.printf(Locale.ROOT, "the mainland spelling (the first of each entity): mean recall %.3f before, %.3f after%n",
        mainland.values().stream().mapToDouble(NamesEval.Spelling::recallBefore).average().orElse(0),
        mainland.values().stream().mapToDouble(NamesEval.Spelling::recallAfter).average().orElse(0));
  }

  private static void soundAlikes(NamesEval eval, Path dir, PrintStream out) throws Exception {
    List<String> words = new ArrayList<>();
    for (String set : List.of("pku", "msr")) {
      SegmentationGold.readSighan(dir.resolve("eval/sighan2005/" + set + "_test_gold.utf8")).forEach(words::addAll);
    }
    List<String> long3 = words.stream().filter(w -> w.codePointCount(0, w.length()) >= 3).distinct().toList();
    TreeSet<String> taken = eval.soundAlikeWords(long3);
    out.printf(Locale.ROOT, "sound-alike rule over %d distinct gold words of 3+ characters (SIGHAN pku, msr): %d taken "
        + "for a name%s%n", long3.size(), taken.size(), taken.isEmpty() ? "" : ": " + String.join(", ", taken));
  }

  private void latency(NamesEval eval, List<NamesEval.Spelling> spellings, PrintStream out) throws Exception {
    List<String> queries = spellings.stream().map(NamesEval.Spelling::text).toList();
    for (String q : queries) { // warm both paths
      eval.nanos(q, true);
      eval.nanos(q, false);
    }
    long[] on = new long[queries.size() * rounds];
    long[] off = new long[on.length];
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        off[i] = eval.nanos(q, false);
        on[i++] = eval.nanos(q, true);
      }
    }
    Latencies with = Latencies.of(on);
    Latencies without = Latencies.of(off);
    out.printf(Locale.ROOT, "latency, %d searches each, interleaved: p50 %.1f ms vs %.1f ms (x%.2f), p99 %.1f ms vs %.1f ms "
        + "(x%.2f) with vs without expansion%n", on.length, with.p50(), without.p50(), with.p50() / without.p50(),
        with.p99(), without.p99(), with.p99() / without.p99());
  }
}
