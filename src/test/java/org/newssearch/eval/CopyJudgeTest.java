package org.newssearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.index.CopyTexts;

/** The judge of real copy groups: the share of the shorter text in shared runs that few articles hold. */
class CopyJudgeTest {

  private static final String A = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"; // 40 letters and digits
  private static final String B = A.substring(0, 30) + "QRSTUVWXYZ"; // its first 30, then 10 others

  @Test
  void theSharedShareOfEachPairIsTheShorterTextsPartInCountedRuns() {
    List<String[]> pairs = List.of(
        new String[] {CopyTexts.ORIGINAL, CopyTexts.TRUNCATED}, // a cut copy: all of it
        new String[] {A, B}, // runs start at 0..10 of 21 windows: 30 of 40 letters
        new String[] {"a, b. c: " + A, "abc" + A}, // punctuation and spaces left out
        new String[] {CopyTexts.ORIGINAL, CopyTexts.SAME_TOPIC}); // one template: "就四川芦山地震向中国政府和人民表示慰问和支持"
    double[] shared = CopyJudge.shared(pairs, List.of(CopyTexts.ORIGINAL, CopyTexts.SAME_TOPIC, A, B));
    assertThat(shared).containsExactly(1.0, 0.75, 1.0, 22.0 / 211); // 22 of the other story's 211
  }

  @Test
  void aRunThatMoreThanTenArticlesHoldIsAFormulaAndCountsForNothing() {
    List<String> corpus = new ArrayList<>(Collections.nCopies(CopyJudge.MAX_ARTICLES - 1, A));
    corpus.add(B);
    assertThat(CopyJudge.shared(List.<String[]>of(new String[] {A, B}), corpus)).containsExactly(0.75);
    corpus.add(A);
    corpus.add(A);
    assertThat(CopyJudge.shared(List.<String[]>of(new String[] {A, B}), corpus)).containsExactly(0.0);
  }
}
