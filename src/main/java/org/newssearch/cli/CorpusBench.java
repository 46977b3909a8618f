package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A benchmark over a corpus file: the corpus and working-directory options, checked before it runs. */
abstract class CorpusBench implements Callable<Integer> {

  @Option(names = "--corpus", description = "JSONL(.gz) corpus (default: ../shared/corpora/zh-cctv-xwlb.jsonl.gz).")
  Path corpus;

  @Option(names = "--work", description = "Directory for benchmark indexes (default: target/bench).")
  Path work;

  @Override
  public final Integer call() throws Exception {
    Path file = BenchCommand.corpusOrDefault(corpus);
    return file == null ? 2 : run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the benchmark over an existing corpus file; returns the exit code. */
  abstract int run(Path file, PrintStream out) throws Exception;

  /** The working directory, created. */
  Path workDir() throws IOException {
    return Files.createDirectories(work != null ? work : Main.home().resolve("target/bench"));
  }
}
