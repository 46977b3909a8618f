package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** An evaluation over the shared data: the {@code --shared} option, checked before it runs. */
abstract class SharedDataCommand implements Callable<Integer> {

  @Option(names = "--shared", description = "The shared data directory (default: ../shared).")
  Path dir;

  @Override
  public final Integer call() throws Exception {
    Path shared = dir != null ? dir : Main.home().resolve("../shared").normalize();
    if (!Files.isDirectory(shared)) {
      new PrintStream(System.err, true, StandardCharsets.UTF_8).println(
          "error: no shared data directory at " + shared + "; pass --shared DIR (it holds corpora/ and eval/)");
      return 2;
    }
    return run(shared, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the evaluation over the shared data directory; returns the exit code. */
  abstract int run(Path shared, PrintStream out) throws Exception;
}
