package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.index.Generation;
import org.newssearch.index.IndexBuilder;
import org.newssearch.cluster.ClusterIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newssearch rollback}: switches the serving generation back, atomically. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = {"Switch the index back to the previous generation kept on disk (or to the one given by --to).",
        "A running serve follows within seconds. See the kept ones with: newssearch generations."})
final class RollbackCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", description = "Index directory (default: index).")
  Path index;

  @Option(names = "--to", paramLabel = "N", description = "The generation to serve: its number (7) or name (gen-000007).")
  String to;

  @Mixin BackendOption backend;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (backend.cluster()) {
      ClusterIndexes.ClusterGeneration serving = new ClusterIndexes(backend.client()).rollback(to == null ? null : number(to));
      err.printf(Locale.ROOT, "%s serves now (%,d articles)%n", serving.name(), serving.articles());
      return 0;
    }
    Path root = index == null ? Main.home().resolve("index") : index;
    Generation serving = new IndexBuilder(root, 1).rollback(to == null ? null : number(to));
    err.printf(Locale.ROOT, "%s serves now (%,d articles, built %s)%n", serving.name(), serving.articles(),
        GenerationsCommand.builtAt(serving));
    return 0;
  }

  private int number(String value) {
    try {
      return Integer.parseInt(value.replaceFirst("^(gen-|" + ClusterIndexes.ALIAS + "-)", ""));
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(),
          "--to '" + value + "' is not a generation: give its number (7) or its name (gen-000007)");
    }
  }
}
