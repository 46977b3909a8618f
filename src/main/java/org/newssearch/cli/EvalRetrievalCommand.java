package org.newssearch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newssearch.eval.Corpus;
import org.newssearch.eval.RetrievalEval;
import org.newssearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval retrieval}: known-item retrieval with editor tags as queries, words vs bigrams vs both. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
    description = "Known-item MRR@10 and success@10 over zh-cctv-xwlb, tags as queries: words, bigrams, product.")
final class EvalRetrievalCommand extends SharedDataCommand {

  @Option(names = "--index", description = "Index of zh-cctv-xwlb to use or build (default: target/bench/search-x1/index).")
  Path index;

  @Option(names = "--sample", description = "Articles sampled as known items (default: ${DEFAULT-VALUE}).")
  int sample = 2000;

  @Override
  int run(Path dir, PrintStream out) throws Exception {
    Path corpus = dir.resolve("corpora/zh-cctv-xwlb.jsonl.gz");
    Path root = index != null ? index : Main.home().resolve("target/bench/search-x1/index");
    BenchCommand.buildIfMissing(root, corpus, out);
    try (SearchService search = new SearchService(root)) {
      List<RetrievalEval.Score> scores = RetrievalEval.run(search, Corpus.nodes(corpus, Integer.MAX_VALUE), sample, 7);
      out.println("fields     queries   MRR@10   success@10");
      for (RetrievalEval.Score s : scores) {
        out.printf(Locale.ROOT, "%-9s %8d   %.4f   %.4f%n",
            s.fields().name().toLowerCase(Locale.ROOT), s.queries(), s.mrr(), s.success());
      }
    }
    return 0;
  }
}
