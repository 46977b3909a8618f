package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.index.Generations;
import org.newssearch.index.SourceCounts;
import org.newssearch.outlets.Outlet;
import org.newssearch.outlets.OutletRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newssearch outlets unknown|show}: what the outlet registry knows, and which indexed sources it lacks. */
@Command(name = "outlets", mixinStandardHelpOptions = true,
    description = "The outlet registry, which gives each source a country and a type (the country and outlet type facets).",
    subcommands = {OutletsCommand.Unknown.class, OutletsCommand.Show.class})
final class OutletsCommand implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** {@code outlets unknown}: the serving index's sources the registry does not know, most articles first. */
  @Command(name = "unknown", mixinStandardHelpOptions = true,
      description = "List the sources in the serving index that the outlet registry does not know, most articles first.")
  static final class Unknown implements Callable<Integer> {

    @Option(names = "--index", description = "Index directory (default: index).")
    Path index;

    @Mixin OutletsOption outlets;

    @Override
    public Integer call() throws IOException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      OutletRegistry registry = outlets.registry();
      Path root = index == null ? Main.home().resolve("index") : index;
      Path generation = new Generations(root).current().orElseThrow(() ->
          new IOException("no index at " + root + ": build one with: newssearch index --index " + root));
      Map<String, Long> counts = SourceCounts.of(generation);
      List<Map.Entry<String, Long>> unknown = counts.entrySet().stream()
          .filter(source -> registry.find(source.getKey()).isEmpty())
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .toList();
      long articles = unknown.stream().mapToLong(Map.Entry::getValue).sum();
      out.printf(Locale.ROOT, "%d of %d sources in %s are not in the outlet registry (%,d articles)%n",
          unknown.size(), counts.size(), generation.getFileName(), articles);
      for (Map.Entry<String, Long> source : unknown) {
        out.printf(Locale.ROOT, "%,10d  %s%n", source.getValue(), source.getKey());
      }
      return 0;
    }
  }

  /** {@code outlets show NAME}: one outlet's record, found as an article's source would find it. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show what the registry says of an outlet, found by name, alias, domain or URL as a source is.")
  static final class Show implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "A name, alias, domain or URL.")
    String name;

    @Mixin OutletsOption outlets;

    @Override
    public Integer call() throws IOException {
      Outlet outlet = outlets.registry().find(name).orElseThrow(() -> new IllegalArgumentException(
          "no outlet in the registry is named '" + name + "' or has it as alias or domain; "
              + "describe it in a file and pass it with --outlets FILE"));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      print(out, "name:", outlet.name());
      print(out, "aliases:", String.join(" | ", outlet.aliases()));
      print(out, "domains:", String.join(" | ", outlet.domains()));
      print(out, "country:", outlet.countryIfKnown().orElse(""));
      print(out, "languages:", String.join(" | ", outlet.languages()));
      print(out, "type:", outlet.typeIfKnown().map(type -> type.code).orElse(""));
      print(out, "ownership:", outlet.ownership());
      print(out, "notes:", outlet.notes());
      return 0;
    }

    private static void print(PrintStream out, String label, String value) {
      out.printf(Locale.ROOT, "%-10s %s%n", label, value == null || value.isEmpty() ? "-" : value);
    }
  }
}
