package org.newssearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.newssearch.analysis.ChineseWordAnalyzer;

/**
 * Scores the index-time Chinese word chain ({@link ChineseWordAnalyzer}) beside bare
 * HMMChineseTokenizer on SIGHAN 2005 and UD Chinese. To add a gold set: add it to {@link #SETS}.
 */
public final class SegmentationEval {

  /** A gold set: its name, its file under {@code ../shared/eval}, and its format. */
  public record GoldSet(String name, String file, boolean conllu) {}

  /** One set's scores: the product's chain and the bare tokenizer. */
  public record SetResult(String name, long sentences, SegmentationScore chain, SegmentationScore bare) {}

  public static final List<GoldSet> SETS = List.of(
      new GoldSet("pku", "sighan2005/pku_test_gold.utf8", false),
      new GoldSet("msr", "sighan2005/msr_test_gold.utf8", false),
      new GoldSet("cityu", "sighan2005/cityu_test_gold.utf8", false),
      new GoldSet("as", "sighan2005/as_testing_gold.utf8", false),
      new GoldSet("ud-gsd", "ud-chinese/zh_gsd-ud-test.conllu", true),
      new GoldSet("ud-pud", "ud-chinese/zh_pud-ud-test.conllu", true));

  private SegmentationEval() {}

  /** Scores every set found under {@code evalDir} (normally {@code ../shared/eval}); missing ones are skipped. */
  public static List<SetResult> run(Path evalDir) throws IOException {
    List<SetResult> results = new ArrayList<>();
    try (Analyzer chain = new ChineseWordAnalyzer(); Analyzer bare = ChineseChains.bareTokenizer()) {
      for (GoldSet set : SETS) {
        Path file = evalDir.resolve(set.file());
        if (!Files.isRegularFile(file)) {
          continue;
        }
        List<List<String>> sentences =
            set.conllu() ? SegmentationGold.readConllu(file) : SegmentationGold.readSighan(file);
        results.add(new SetResult(set.name(), sentences.size(),
            SegmentationScore.of(chain, sentences), SegmentationScore.of(bare, sentences)));
      }
    }
    return results;
  }
}
