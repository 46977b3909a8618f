package org.newssearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared} option of the evaluations: where the corpora and gold sets are. */
final class SharedData {

  @Option(names = "--shared", description = "The shared data directory (default: ../shared).")
  Path dir;

  /** {@code ../shared} beside the project, or {@code --shared}; null (after saying why) when absent. */
  Path resolve() {
    return EvalCommand.shared(dir);
  }
}
