package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.index.Generation;
import org.newssearch.index.Generations;
import org.newssearch.cluster.ClusterIndexes;
import org.newssearch.cluster.OpenSearchClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newssearch generations}: the generations kept in an index directory, the serving one marked. */
@Command(name = "generations", mixinStandardHelpOptions = true,
    description = "List the index generations kept on disk: articles, size, when built, from what; * marks the serving one.")
final class GenerationsCommand implements Callable<Integer> {

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Mixin BackendOption backend;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (backend.cluster()) {
      return listOnCluster(out, backend.client());
    }
    Path root = index == null ? Main.home().resolve("index") : index;
    List<Generation> list = new Generations(root).list();
    if (list.isEmpty()) {
      throw new IOException("no index at " + root + ": build one with: newssearch index --index " + root);
    }
    out.printf(Locale.ROOT, "  %-10s %12s %10s  %-24s %s%n", "generation", "articles", "size", "built", "from");
    for (Generation g : list) {
      if (!g.complete()) {
        out.printf(Locale.ROOT, "  %-10s %12s %10s  %s%n", g.name(), "-", mb(g.bytes()),
            "incomplete (a build that did not finish; the next build deletes it)");
        continue;
      }
      out.printf(Locale.ROOT, "%s %-10s %,12d %10s  %-24s %s%n", g.serving() ? "*" : " ", g.name(), g.articles(),
          mb(g.bytes()), builtAt(g),
          String.join(" ", g.inputs().lines().toList()));
      if (!g.lastChange().isEmpty()) {
        out.println("             changed " + g.lastChange());
      }
    }
    return 0;
  }

  /** The cluster's generations: its {@code newssearch-<n>} indexes, the one the alias names marked. */
  private static int listOnCluster(PrintStream out, OpenSearchClient client) throws IOException {
    List<ClusterIndexes.ClusterGeneration> list = new ClusterIndexes(client).list();
    if (list.isEmpty()) {
      throw new IOException("no newssearch index on the cluster at " + client.nodes()
          + ": build one with: newssearch index --backend opensearch --opensearch " + client.nodes().replace(", ", ","));
    }
    out.printf(Locale.ROOT, "  %-18s %12s%n", "generation", "articles");
    for (ClusterIndexes.ClusterGeneration g : list) {
      out.printf(Locale.ROOT, "%s %-18s %,12d%n", g.serving() ? "*" : " ", g.name(), g.articles());
    }
    return 0;
  }

  /** When {@code g} was built, to the second ({@code 2026-12-04T01:40:57Z}), or "-" when unrecorded. */
  static String builtAt(Generation g) {
    return g.builtAt().isEmpty() ? "-" : g.builtAt().replaceFirst("\\.\\d+Z$", "Z");
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
