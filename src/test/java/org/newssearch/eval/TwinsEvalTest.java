package org.newssearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwinsEvalTest {

  @Test
  void aTitleBecomesItsWordsWithoutQuerySyntax() {
    assertThat(TwinsEval.asQuery("俄稱發現疑似破壞 “北溪”天然氣管道的（爆炸）裝置: -x"))
        .isEqualTo("俄稱發現疑似破壞 北溪 天然氣管道的 爆炸 裝置 x");
  }

  @Test
  void commonTokensCountEachOccurrenceOnce() {
    assertThat(TwinsEval.commonCount(List.of("a", "b", "b", "c"), List.of("b", "c", "c", "d"))).isEqualTo(2);
  }
}
