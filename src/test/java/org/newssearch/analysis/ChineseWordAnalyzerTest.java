package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseWordAnalyzerTest {

  private static final ChineseWordAnalyzer ANALYZER = new ChineseWordAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("Simplified", "俄罗斯国防部发表声明",
            List.of("俄罗斯 0 3", "国防部 3 6", "发表 6 8", "声明 8 10")),
        Arguments.of("standard Traditional gives the same words at the same offsets", "俄羅斯國防部發表聲明",
            List.of("俄罗斯 0 3", "国防部 3 6", "发表 6 8", "声明 8 10")),
        Arguments.of("Taiwan form and vocabulary", "臺灣的軟體公司",
            List.of("台湾 0 2", "的 2 3", "软件 3 5", "公司 5 7")),
        Arguments.of("Taiwan vocabulary shorter than its replacement keeps the original span", "香港的飛彈和網際網路",
            List.of("香港 0 2", "的 2 3", "导弹 3 5", "和 5 6", "互联网 6 10")),
        Arguments.of("Hong Kong variant characters", "衞生署發出兌換通告",
            List.of("卫生 0 2", "署 2 3", "发出 3 5", "兑换 5 7", "通告 7 9")),
        // A replacement longer than its source: the inserted character has no source, so it is empty.
        Arguments.of("Hong Kong vocabulary longer than its source", "伊利諾州選舉",
            List.of("伊利 0 2", "诺 2 3", "伊 3 3", "州 3 4", "选举 4 6")),
        Arguments.of("mixed Latin and digits", "北約NATO峰會2025年召開",
            List.of("北约 0 2", "nato 2 6", "峰会 6 8", "2025 8 12", "年 12 13", "召开 13 15")),
        Arguments.of("full-width letters, digits and punctuation fold; punctuation is dropped", "ＧＤＰ增長５％，",
            List.of("gdp 0 3", "增长 3 5", "5 5 6")),
        Arguments.of("the full-width comma ends a clause and is dropped like all punctuation", "俄羅斯，烏克蘭。",
            List.of("俄罗斯 0 3", "乌克兰 4 7")),
        // Bare smartcn splits 發音 before the comma into 发 音.
        Arguments.of("Traditional text: the word before a comma stays whole", "提到英文發音，",
            List.of("提到 0 2", "英文 2 4", "发音 4 6")),
        Arguments.of("clauses after a shorter replacement keep exact offsets", "網際網路、軟體，發音",
            List.of("互联网 0 4", "软件 5 7", "发音 8 10")),
        Arguments.of("regional transliterations of names are kept as written", "川普與普丁會面",
            List.of("川 0 1", "普 1 2", "与 2 3", "普 3 4", "丁 4 5", "会面 5 7")),
        Arguments.of("a supplementary character keeps both halves in one token", "\uD842\uDFB7野家的報道",
            List.of("\uD842\uDFB7 0 2", "野 2 3", "家 3 4", "的 4 5", "报道 5 7")),
        Arguments.of("an unpaired high surrogate passes through", "中\uD800文", List.of("中 0 1", "\uD800 1 2", "文 2 3")),
        Arguments.of("an unpaired low surrogate passes through", "\uDC00軟體", List.of("\uDC00 0 1", "软件 1 3")),
        Arguments.of("empty input", "", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void tokensAndOffsetsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.of(ANALYZER, text)).containsExactlyElementsOf(expected);
  }

  @Test
  void veryLongTraditionalInputKeepsOffsetsExactToTheEnd() {
    String text = "網際網路。".repeat(40_000); // every 4 characters become 3: 40,000 corrections
    List<String> tokens = Tokens.of(ANALYZER, text);
    assertThat(tokens).hasSize(40_000);
    assertThat(tokens.get(0)).isEqualTo("互联网 0 4");
    assertThat(tokens.get(39_999)).isEqualTo("互联网 199995 199999");
  }
}
