package org.newssearch.analysis.smartcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.eval.Corpus;
import org.newssearch.eval.SegmentationEval;
import org.newssearch.eval.SegmentationGold;

/**
 * HhmmSegmenter gives smartcn's words for every clause of real text: the first articles of the CCTV
 * corpus and the segmentation gold sets' text. {@code -Dhhmm.equivalence=full} takes every article
 * (75,806 articles, 2,662,712 clauses: about 95 s on two cores; no mismatch on 2026-11-25). Skipped
 * when {@code ../shared} is absent.
 */
class HhmmSegmenterEquivalenceTest {

  private static final Path SHARED = Path.of("..", "shared");
  private static final int SAMPLE_ARTICLES = 1_500;
  private static final int MAX_REPORTED = 20;

  private final HhmmSegmenter segmenter = new HhmmSegmenter();
  private long clauses;
  private long chars;
  private long mismatchCount;
  private final List<String> mismatches = new ArrayList<>();

  @Test
  void newsArticlesAreSegmentedAsSmartcnDoes() throws IOException {
    Path corpus = SHARED.resolve("corpora/zh-cctv-xwlb.jsonl.gz");
    assumeTrue(Files.isRegularFile(corpus), "../shared/corpora/zh-cctv-xwlb.jsonl.gz is absent");
    boolean full = "full".equals(System.getProperty("hhmm.equivalence"));
    long started = System.nanoTime();
    long[] articles = {0};
    if (full) {
      Corpus.forEach(corpus, item -> {
        articles[0]++;
        compare(item.title());
        compare(item.body());
      });
    } else {
      for (Corpus.Item item : Corpus.read(corpus, SAMPLE_ARTICLES)) {
        articles[0]++;
        compare(item.title());
        compare(item.body());
      }
    }
    report("zh-cctv-xwlb, " + articles[0] + " articles", started);
  }

  @Test
  void segmentationGoldTextIsSegmentedAsSmartcnDoes() throws IOException {
    Path eval = SHARED.resolve("eval");
    assumeTrue(Files.isDirectory(eval), "../shared/eval is absent");
    long started = System.nanoTime();
    for (SegmentationEval.GoldSet set : SegmentationEval.SETS) {
      Path gold = eval.resolve(set.file());
      if (!Files.isRegularFile(gold)) {
        continue;
      }
      List<List<String>> sentences = set.conllu() ? SegmentationGold.readConllu(gold) : SegmentationGold.readSighan(gold);
      for (List<String> words : sentences) {
        compare(String.join("", words));
      }
      // The unsegmented test text too, spaces and all, where there is one.
      Path raw = eval.resolve(set.file().replace("_gold", "").replace("_testing", "_test"));
      if (!raw.equals(gold) && Files.isRegularFile(raw)) {
        for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
          compare(line);
        }
      }
    }
    report("segmentation gold sets", started);
  }

  private void compare(String text) {
    if (text == null) {
      return;
    }
    for (String clause : SmartcnReference.clauses(text)) {
      clauses++;
      chars += clause.length();
      List<String> ours = SmartcnReference.ours(segmenter, clause);
      List<String> smartcn = SmartcnReference.smartcn(clause);
      if (!ours.equals(smartcn)) {
        mismatchCount++;
        if (mismatches.size() < MAX_REPORTED) {
          mismatches.add(clause + "\n  smartcn " + smartcn + "\n  ours    " + ours);
        }
      }
    }
  }

  private void report(String what, long started) {
    System.out.printf("HhmmSegmenter vs smartcn, %s: %,d clauses (%,d chars) compared, %,d mismatches, %.1f s%n",
        what, clauses, chars, mismatchCount, (System.nanoTime() - started) / 1e9);
    assertThat(clauses).isPositive();
    assertThat(mismatches).isEmpty();
  }
}
