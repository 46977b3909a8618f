package org.newssearch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * the result is a ratio that does not depend on the machine's speed or load of the moment.
 *
 * <p>Each round runs every contender once (in a rotated order, so none always runs first); the best
 * round of each counts. To add a contender: add it to a {@link Group} in {@code BenchCommand}.
 */
public final class AnalysisBench {

  /** An analyzer under test and the name it is reported under. */
  public record Contender(String name, Supplier<Analyzer> analyzer) {}

  /** Contenders measured against the first of them, the baseline. */
  public record Group(String name, List<Contender> contenders) {}

  /**
   * One contender's best round.
   *
   * @param charsPerSecond characters analyzed per second of wall time, all threads together
   * @param ratio its throughput divided by the baseline's, measured in the same run
   */
  public record Result(String group, String contender, int threads, double charsPerSecond, double ratio) {}

  private final List<String> texts;
  private volatile long blackhole;
  private final long chars;

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
    double[] best = new double[contenders.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < contenders.size(); k++) {
          int which = (k + round) % contenders.size();
          double seconds = timeOnePass(pool, analyzers.get(which), threads);
          best[which] = best[which] == 0 ? seconds : Math.min(best[which], seconds);
        }
      }
    } finally {
      pool.shutdownNow();
      analyzers.forEach(Analyzer::close);
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      results.add(new Result(group.name(), contenders.get(i).name(), threads, chars / best[i], best[0] / best[i]));
    }
    return results;
  }

  private double timeOnePass(ExecutorService pool, Analyzer analyzer, int threads) {
    long start = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> analyzeSlice(analyzer, first, threads)));
    }
    long sink = 0;
    try {
      for (Future<Long> part : parts) {
        sink += part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed during the benchmark", e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    blackhole = sink; // keeps the JIT from dropping the token loop as dead code
    return seconds;
  }

  /** Analyzes every {@code step}-th text from {@code first}; returns a checksum of what it saw. */
  private long analyzeSlice(Analyzer analyzer, int first, int step) {
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
    return sum;
  }
}
