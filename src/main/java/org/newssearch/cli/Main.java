package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The one command line entry point: {@code newssearch serve|index|search}. The only package that prints. */
@Command(
    name = "newssearch",
    mixinStandardHelpOptions = true,
    version = "newssearch 0.1.0",
    description = "Full-text search for multilingual conflict news.",
    footer = {"", "Exit codes: 0 done, 1 failed (the message says why and what to do), 2 bad usage.",
        "Errors are one or two sentences; --verbose adds the stack trace."},
    subcommands = {ServeCommand.class, IndexCommand.class, GenerationsCommand.class, RollbackCommand.class,
        SearchCommand.class, OutletsCommand.class, EvalCommand.class, BenchCommand.class, AotTrainingCommand.class})
public final class Main implements Runnable {

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
  boolean verbose;

  /**
   * Lucene's note that the JDK's vector module is not enabled, on every start: the launcher leaves it
   * off on purpose (see the launcher). Held here so that the level set on it stays.
   */
  private static final Logger VECTOR_NOTE = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  static {
    VECTOR_NOTE.setLevel(Level.SEVERE);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("serve")) {
      ServeCommand.startLoadingDictionaries(); // meanwhile picocli parses (it is not in the start-up cache)
    }
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    Main main = new Main();
    return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
          err.println("error: " + Failures.explain(e));
          if (main.verbose) {
            e.printStackTrace(err);
          }
          return 1;
        })
        .execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Where the project lives (set by the launcher), for the default index and sample data. */
  static Path home() {
    String home = System.getProperty("newssearch.home", System.getenv().getOrDefault("NEWSSEARCH_HOME", "."));
    return Path.of(home).toAbsolutePath().normalize();
  }
}
