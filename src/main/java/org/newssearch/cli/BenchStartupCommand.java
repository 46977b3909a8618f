package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench startup}: time from {@code ./newssearch serve} to the first search answer, with the
 * launcher's start-up cache against without it, started in turns in one run.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
    description = "Time from ./newssearch serve to the first /api/search answer, with and without the start-up cache.")
final class BenchStartupCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, description = "Index directory to serve (only read).")
  Path index;

  @Option(names = "--runs", description = "Starts of each kind; the median counts (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--query", description = "The query of the first search (default: ${DEFAULT-VALUE}).")
  String query = "疫情";

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    StartupBench.prepare();
    double[] medians = StartupBench.medians(index, Map.of("q", List.of(query)), runs);
    out.printf(Locale.ROOT, "%s, %d starts each, %d cores, java %s%n", index, runs,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    out.printf(Locale.ROOT, "start to first answer: %.2f s with the start-up cache, %.2f s without (%.2fx)%n",
        medians[0], medians[1], medians[1] / medians[0]);
    return 0;
  }
}
