package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.newssearch.bench.QueryMix;
import org.newssearch.eval.Corpus;
import org.newssearch.search.FacetCountingComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench facets}: this build's facet and day counting against lucene-facet's, in one run. */
@Command(name = "facets", mixinStandardHelpOptions = true,
    description = "Facet and day counting (FacetTally) against lucene-facet over the search benchmark's query mix.")
final class BenchFacetsCommand extends CorpusBench {

  @Option(names = "--rounds", description = "Rounds over the mix, alternating which side goes first (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Override
  int run(Path file, PrintStream out) throws Exception {
    Path index = workDir().resolve("search-x1/index");
    BenchCommand.buildIfMissing(index, file, out);
    var mix = QueryMix.of(Corpus.nodes(file, Integer.MAX_VALUE), 1000, 42);
    out.printf(Locale.ROOT, "%s, %d queries, one pass each with the top 10; ms summed over the mix%n", index, mix.size());
    int round = 0;
    for (FacetCountingComparison.Round r : FacetCountingComparison.run(index, mix, rounds)) {
      out.printf(Locale.ROOT, "round %d: FacetTally %.1f ms, lucene-facet %.1f ms, ratio %.2f%s%n", ++round, r.tallyMs(),
          r.luceneFacetMs(), r.luceneFacetMs() / r.tallyMs(), round <= 2 ? " (warm-up)" : "");
    }
    return 0;
  }
}
