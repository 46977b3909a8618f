package org.newssearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.newssearch.eval.Corpus;
import org.newssearch.index.BuildReport;
import org.newssearch.index.Generations;
import org.newssearch.index.IndexBuilder;
import org.newssearch.index.Schema;

/**
 * Indexing throughput of the whole pipeline (read, clean, analyze, index)
 * against the analysis ceiling: bare {@link SmartChineseAnalyzer} tokenizing the same texts on the
 * same number of threads, in the same run.
 */
public final class IndexBench {

  /**
   * @param threads threads for both sides
   * @param articles articles in the corpus
   * @param chars characters of title and body
   * @param ceilingSeconds bare smartcn over every text, before the pipeline
   * @param ceilingAfterSeconds the same, after the pipeline (the machine's speed drifts)
   * @param pipelineSeconds the full index build, from the compressed file to a committed generation
   * @param indexBytes size of the built generation
   * @param sourceBytes size of the corpus uncompressed (UTF-8)
   * @param bytesByKind the generation's bytes by what they hold ({@link IndexFiles})
   * @param bigramFloor Lucene alone over the bigram fields' tokens, replayed ({@link InversionFloor})
   * @param wordFloor Lucene alone over smartcn's words, replayed
   */
  public record Result(int threads, long articles, long chars, double ceilingSeconds, double ceilingAfterSeconds,
      double pipelineSeconds, long indexBytes, long sourceBytes, Map<String, Long> bytesByKind,
      Floor bigramFloor, Floor wordFloor) {

    /** Pipeline throughput as a share of the ceiling's, the ceiling taken as the mean of its two runs. */
    public double ratio() {
      return (ceilingSeconds + ceilingAfterSeconds) / 2 / pipelineSeconds;
    }
  }

  /** Lucene's time for one kind of token, replayed: adding and committing, then merging to one segment. */
  public record Floor(long tokens, double addSeconds, double mergeSeconds) {}

  /** Items both sides index before they are timed. */
  private static final int WARMUP_ITEMS = 2000;

  private IndexBench() {}

  public static Result run(Path corpus, int threads, Path workDir) throws Exception {
    List<Corpus.Item> items = Corpus.read(corpus, Integer.MAX_VALUE);
    List<String> texts = items.stream().map(item -> nullToEmpty(item.title()) + "\n" + nullToEmpty(item.body())).toList();
    long chars = texts.stream().mapToLong(String::length).sum();
    long sourceBytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    // Both sides first run over the same head of the corpus, so that the ratio compares steady
    // throughput rather than how much code each gives the JIT to compile (the pipeline far more).
    tokenize(texts.subList(0, Math.min(WARMUP_ITEMS, texts.size())), threads);
    Path warmup = Files.createTempDirectory(workDir, "bench-warmup");
    new IndexBuilder(warmup.resolve("index"), threads).rebuild(List.of(head(corpus, warmup)), (a, c, r) -> {});
    Generations.delete(warmup);
    double ceiling = seconds(() -> tokenize(texts, threads));
    Path index = Files.createTempDirectory(workDir, "bench-index");
    long start = System.nanoTime();
    BuildReport report = new IndexBuilder(index, threads).rebuild(List.of(corpus), (a, c, r) -> {});
    double pipeline = (System.nanoTime() - start) / 1e9;
    Map<String, Long> bytesByKind = IndexFiles.bytesByKind(new Generations(index).current().orElseThrow());
    Generations.delete(index);
    double ceilingAfter = seconds(() -> tokenize(texts, threads));
    return new Result(threads, report.indexed(), chars, ceiling, ceilingAfter, pipeline, report.indexBytes(),
        sourceBytes, bytesByKind, floor(items, Schema.analyzer(), "cjk", threads, workDir),
        floor(items, new SmartChineseAnalyzer(), "zh", threads, workDir));
  }

  private static Floor floor(List<Corpus.Item> items, Analyzer analyzer, String suffix, int threads, Path workDir)
      throws Exception {
    try (analyzer) {
      InversionFloor floor = InversionFloor.analyze(items, analyzer, suffix);
      floor.index(threads, workDir); // warm-up
      InversionFloor.Seconds seconds = floor.index(threads, workDir);
      return new Floor(floor.tokenCount(), seconds.add(), seconds.merge());
    }
  }

  /** The corpus's first items as a JSONL file in {@code dir}. */
  private static Path head(Path corpus, Path dir) throws IOException {
    Path file = dir.resolve("head.jsonl");
    Files.write(file, Corpus.nodes(corpus, WARMUP_ITEMS).stream().map(Object::toString).toList());
    return file;
  }

  private interface Run {
    void run() throws Exception;
  }

  private static double seconds(Run run) throws Exception {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Tokenizes every text with bare smartcn on {@code threads} threads, consuming every token. */
  static void tokenize(List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          long tokens = 0;
          try (Analyzer analyzer = new SmartChineseAnalyzer()) {
            for (int i = first; i < texts.size(); i += threads) {
              try (TokenStream stream = analyzer.tokenStream("body", texts.get(i))) {
                stream.reset();
                while (stream.incrementToken()) {
                  tokens++;
                }
                stream.end();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }
          return tokens;
        }));
      }
      for (Future<Long> part : parts) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
