package org.newssearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.newssearch.analysis.ChineseWordAnalyzer;

class SegmentationScoreTest {

  @Test
  void sighanLinesSplitOnSpacesAndTheIdeographicSpace() {
    assertThat(SegmentationGold.sighanWords("許多\u3000社區\u3000長青  學苑 ，"))
        .containsExactly("許多", "社區", "長青", "學苑", "，");
  }

  @Test
  void traditionalGoldIsScoredByOriginalOffsetsWithPunctuationLeftOut() {
    // The chain reads 俄羅斯/國防部/發表/聲明 as 4 words, each at its original span; the gold joins 發表聲明.
    List<List<String>> gold = List.of(List.of("俄羅斯", "國防部", "發表聲明", "。"));
    try (Analyzer chain = new ChineseWordAnalyzer()) {
      SegmentationScore score = SegmentationScore.of(chain, gold);
      assertThat(score).isEqualTo(new SegmentationScore(3, 4, 2));
      assertThat(score.precision()).isEqualTo(0.5);
      assertThat(score.recall()).isEqualTo(2.0 / 3);
      assertThat(score.f()).isEqualTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3));
    }
  }

  @Test
  void punctuationIsAnyWordWithoutLettersOrDigits() {
    assertThat(SegmentationScore.isPunctuation("，")).isTrue();
    assertThat(SegmentationScore.isPunctuation("——")).isTrue();
    assertThat(SegmentationScore.isPunctuation("二○○一年")).isFalse();
    assertThat(SegmentationScore.isPunctuation("1")).isFalse();
  }
}
