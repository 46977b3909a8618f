package org.newssearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Measures analyzers' throughput over the same texts in the same run, each against a baseline, so
 * the result is a ratio that does not depend on the machine's speed.
 *
 * <p>Each round runs every contender once (in a rotated order, so none always runs first); the best
 * round of each counts. Both wall time and the analyzing threads' CPU time are taken: on a machine
 * shared with other work, CPU time is the steadier measure of what the analyzer itself costs. To add
 * a contender: add it to a {@link Group} in {@link ChineseChains}.
 */
public final class AnalysisBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** An analyzer under test and the name it is reported under. */
  public record Contender(String name, Supplier<Analyzer> analyzer) {}

  /** Contenders measured against the first of them, the baseline. */
  public record Group(String name, List<Contender> contenders) {}

  /**
   * One contender's best round.
   *
   * @param charsPerSecond characters analyzed per second of wall time, all threads together
   * @param charsPerCpuSecond characters analyzed per second of CPU time of the analyzing threads
   * @param ratio throughput per CPU second divided by the baseline's, measured in the same run
   * @param wallRatio throughput per wall second divided by the baseline's (noisier on a shared machine)
   */
  public record Result(String group, String contender, int threads, double charsPerSecond,
      double charsPerCpuSecond, double ratio, double wallRatio) {}

  private record Pass(double wallSeconds, double cpuSeconds) {}

  private final List<String> texts;
  private final long chars;
  private volatile long blackhole;

  public AnalysisBench(List<String> texts) {
    this.texts = List.copyOf(texts);
    this.chars = texts.stream().mapToLong(String::length).sum();
  }

  /** Total characters of one pass over the texts. */
  public long chars() {
    return chars;
  }

  /** Runs {@code rounds} rounds of every contender of {@code group} on {@code threads} threads. */
  public List<Result> run(Group group, int threads, int rounds) {
    List<Contender> contenders = group.contenders();
    List<Analyzer> analyzers = contenders.stream().map(c -> c.analyzer().get()).toList();
    double[] wall = new double[contenders.size()];
    double[] cpu = new double[contenders.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < contenders.size(); k++) {
          int which = (k + round) % contenders.size();
          Pass pass = timeOnePass(pool, analyzers.get(which), threads);
          wall[which] = wall[which] == 0 ? pass.wallSeconds() : Math.min(wall[which], pass.wallSeconds());
          cpu[which] = cpu[which] == 0 ? pass.cpuSeconds() : Math.min(cpu[which], pass.cpuSeconds());
        }
      }
    } finally {
      pool.shutdownNow();
      analyzers.forEach(Analyzer::close);
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      results.add(new Result(group.name(), contenders.get(i).name(), threads, chars / wall[i], chars / cpu[i],
          cpu[0] / cpu[i], wall[0] / wall[i]));
    }
    return results;
  }

  private Pass timeOnePass(ExecutorService pool, Analyzer analyzer, int threads) {
    long start = System.nanoTime();
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> analyzeSlice(analyzer, first, threads)));
    }
    long sink = 0;
    long cpuNanos = 0;
    try {
      for (Future<long[]> part : parts) {
        long[] done = part.get();
        sink += done[0];
        cpuNanos += done[1];
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed during the benchmark", e.getCause());
    }
    double wallSeconds = (System.nanoTime() - start) / 1e9;
    blackhole = sink; // keeps the JIT from dropping the token loop as dead code
    return new Pass(wallSeconds, cpuNanos / 1e9);
  }

  /** Analyzes every {@code step}-th text from {@code first}; returns {checksum, CPU nanoseconds}. */
  private long[] analyzeSlice(Analyzer analyzer, int first, int step) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long sum = 0;
    for (int i = first; i < texts.size(); i += step) {
      try (TokenStream stream = analyzer.tokenStream("body", texts.get(i))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          sum += term.length() + offsets.endOffset();
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new long[] {sum, THREADS.getCurrentThreadCpuTime() - cpuStart};
  }
}
