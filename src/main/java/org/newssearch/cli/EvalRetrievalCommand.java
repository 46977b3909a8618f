package org.newssearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newssearch.eval.Corpus;
import org.newssearch.eval.RetrievalEval;
import org.newssearch.index.IndexBuilder;
import org.newssearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval retrieval}: known-item retrieval with editor tags as queries (issue 17's protocol by
 * default: the first 20,000 articles of zh-cctv-xwlb, 300 of them as known items, their first 3 tags),
 * the product against the Solr peer's ranking with bare smartcn.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
    description = "Known-item MRR@10 and success@10 over zh-cctv-xwlb, tags as queries: the product against bare smartcn.")
final class EvalRetrievalCommand extends SharedDataCommand {

  @Option(names = "--articles", description = "Index the first N articles of the corpus (default: ${DEFAULT-VALUE}).")
  int articles = 20_000;

  @Option(names = "--sample", description = "Articles sampled as known items (default: ${DEFAULT-VALUE}).")
  int sample = 300;

  @Option(names = "--tags", description = "The first N tags of an article make its query, 0 for all (default: ${DEFAULT-VALUE}).")
  int tags = 3;

  @Option(names = "--seed", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Override
  int run(Path dir, PrintStream out) throws Exception {
    List<JsonNode> rows = Corpus.nodes(dir.resolve("corpora/zh-cctv-xwlb.jsonl.gz"), articles);
    Path work = Files.createTempDirectory("newssearch-retrieval");
    try {
      Path input = work.resolve("articles.jsonl");
      try (BufferedWriter lines = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        for (JsonNode row : rows) {
          lines.write(row.toString());
          lines.newLine();
        }
      }
      Path index = work.resolve("index");
      new IndexBuilder(index, Runtime.getRuntime().availableProcessors()).rebuild(List.of(input), (a, c, r) -> {});
      try (SearchService search = new SearchService(index)) {
        out.printf(Locale.ROOT, "%d articles indexed; %d known items, first %s tags%n", rows.size(), sample,
            tags == 0 ? "all" : tags);
        out.println("ranking         queries   MRR@10   success@10");
        for (RetrievalEval.Score s : RetrievalEval.run(search, rows, sample, tags, seed, work.resolve("bare"))) {
          out.printf(Locale.ROOT, "%-14s %8d   %.4f   %.4f%n", s.ranker(), s.queries(), s.mrr(), s.success());
        }
      }
    } finally {
      EvalCommand.deleteTree(work);
    }
    return 0;
  }
}
