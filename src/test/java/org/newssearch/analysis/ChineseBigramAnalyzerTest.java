package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseBigramAnalyzerTest {

  private static final ChineseBigramAnalyzer ANALYZER = new ChineseBigramAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("a name smartcn splits is whole bigrams", "特使维特科夫与乌沙科夫会谈",
            List.of("特使 0 2", "使维 1 3", "维特 2 4", "特科 3 5", "科夫 4 6", "夫与 5 7", "与乌 6 8", "乌沙 7 9",
                "沙科 8 10", "科夫 9 11", "夫会 10 12", "会谈 11 13")),
        Arguments.of("Traditional gives Simplified bigrams at the original offsets", "俄羅斯國防部",
            List.of("俄罗 0 2", "罗斯 1 3", "斯国 2 4", "国防 3 5", "防部 4 6")),
        Arguments.of("a shorter replacement maps its last bigram to the end of the source", "和網際網路",
            List.of("和互 0 2", "互联 1 3", "联网 2 5")),
        Arguments.of("Latin and digits stay whole words", "北約NATO峰會2025年召開",
            List.of("北约 0 2", "nato 2 6", "峰会 6 8", "2025 8 12", "年召 12 14", "召开 13 15")),
        Arguments.of("half-width katakana fold to full-width, voiced marks composed", "ｶﾞｿﾘﾝ",
            List.of("ガソ 0 5", "ソリ 0 5", "リン 0 5")),
        Arguments.of("full-width text", "ＧＤＰ增長５％", List.of("gdp 0 3", "增长 3 5", "5 5 6")),
        Arguments.of("an unpaired surrogate is not a token", "a\uD800b", List.of("a 0 1", "b 2 3")),
        Arguments.of("empty input", "", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void tokensAndOffsetsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.of(ANALYZER, text)).containsExactlyElementsOf(expected);
  }
}
