package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In the bigram fields, a run of CJK characters stands three positions from whatever follows it. */
class RunBreakPositionsTest {

  private static final ChineseBigramAnalyzer ANALYZER = new ChineseBigramAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("one run: one position per bigram", "新闻联播", List.of("新闻@0", "闻联@1", "联播@2")),
        Arguments.of("punctuation ends a run", "新闻，联播", List.of("新闻@0", "联播@3")),
        Arguments.of("a lone character is a run of its own", "新闻，中联播", List.of("新闻@0", "中联@3", "联播@4")),
        Arguments.of("a lone character between runs", "新闻，中，联播", List.of("新闻@0", "中@3", "联播@6")),
        Arguments.of("a change of script ends a run, on both sides", "新闻X联播",
            List.of("新闻@0", "x@3", "联播@6")),
        Arguments.of("Latin words and digits keep one position each", "ab cd 2025年",
            List.of("ab@0", "cd@1", "2025@2", "年@5")),
        Arguments.of("a shorter T->S replacement keeps the run whole", "和網際網路",
            List.of("和互@0", "互联@1", "联网@2")),
        Arguments.of("half-width katakana folded into one span keep the run whole", "ｶﾞｿﾘﾝ",
            List.of("ガソ@0", "ソリ@1", "リン@2")),
        Arguments.of("a space ends a run", "习近平 主席", List.of("习近@0", "近平@1", "主席@4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void positionsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.withPositions(ANALYZER, text)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theNeutralChainHasTheSamePositions(String what, String text, List<String> expected) {
    try (NeutralAnalyzer neutral = new NeutralAnalyzer()) {
      // Without T->S: compare only where the text is already Simplified and full-width.
      if (text.equals("和網際網路") || text.equals("ｶﾞｿﾘﾝ")) {
        return;
      }
      assertThat(Tokens.withPositions(neutral, text)).containsExactlyElementsOf(expected);
    }
  }
}
