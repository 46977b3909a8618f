package org.newssearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The corpus and working directory options the index and search benchmarks share. */
final class BenchFiles {

  @Option(names = "--corpus", description = "JSONL(.gz) corpus (default: ../shared/corpora/zh-cctv-xwlb.jsonl.gz).")
  Path corpus;

  @Option(names = "--work", description = "Directory for benchmark indexes (default: target/bench).")
  Path work;

  /** The corpus file, by default the shared CCTV corpus; null (after saying why) when it is missing. */
  Path corpusFile() {
    return BenchCommand.corpusOrDefault(corpus);
  }

  /** The working directory, created. */
  Path workDir() throws IOException {
    return Files.createDirectories(work != null ? work : Main.home().resolve("target/bench"));
  }
}
