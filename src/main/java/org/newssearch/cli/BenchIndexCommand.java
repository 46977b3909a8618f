package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.newssearch.bench.IndexBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench index}: the whole indexing pipeline against bare smartcn over the same texts. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index a corpus with the full pipeline and compare with bare SmartChineseAnalyzer on the same threads.")
final class BenchIndexCommand extends CorpusBench {

  @Option(names = "--threads", description = "Threads for both sides (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Override
  int run(Path file, PrintStream out) throws Exception {
    IndexBench.Result r = IndexBench.run(file, threads, workDir());
    out.printf(Locale.ROOT, "corpus %s: %,d articles, %,d chars, %d threads, %d cores, java %s%n",
        file.getFileName(), r.articles(), r.chars(), r.threads(), Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    out.printf(Locale.ROOT, "bare smartcn tokenization (ceiling): %.1f s before the pipeline, %.1f s after, %.2f M chars/s%n",
        r.ceilingSeconds(), r.ceilingAfterSeconds(), 2 * r.chars() / (r.ceilingSeconds() + r.ceilingAfterSeconds()) / 1e6);
    out.printf(Locale.ROOT, "full pipeline (read, clean, T->S, bigrams, copies, index, commit): %.1f s, %.2f M chars/s%n",
        r.pipelineSeconds(), r.chars() / r.pipelineSeconds() / 1e6);
    out.printf(Locale.ROOT, "pipeline / ceiling = %.2f (both sides warmed up on the corpus's first 2,000 items)%n", r.ratio());
    printFloor(out, "bigram tokens (this schema)", r.bigramFloor(), r.pipelineSeconds());
    printFloor(out, "smartcn words", r.wordFloor(), r.pipelineSeconds());
    out.printf(Locale.ROOT, "index size: %.1f MB = %.2f bytes per source byte (%.1f MB of UTF-8 text)%n",
        r.indexBytes() / 1e6, r.indexBytes() / (double) r.sourceBytes(), r.sourceBytes() / 1e6);
    r.bytesByKind().forEach((kind, bytes) -> out.printf(Locale.ROOT, "  %-22s %7.1f MB  %4.1f%%%n", kind, bytes / 1e6,
        100.0 * bytes / r.indexBytes()));
    return 0;
  }

  private static void printFloor(PrintStream out, String tokens, IndexBench.Floor floor, double pipelineSeconds) {
    out.printf(Locale.ROOT, "Lucene alone, %s replayed with the stored text: %,d tokens, %.1f s + %.1f s merge to one segment"
        + " = %.0f%% of the pipeline%n", tokens, floor.tokens(), floor.addSeconds(), floor.mergeSeconds(),
        100 * (floor.addSeconds() + floor.mergeSeconds()) / pipelineSeconds);
  }
}
