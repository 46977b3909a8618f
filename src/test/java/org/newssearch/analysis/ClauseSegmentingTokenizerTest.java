package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClauseSegmentingTokenizerTest {

  private static final Analyzer CLAUSES = tokenizerOnly(true);
  private static final Analyzer SMARTCN = tokenizerOnly(false);

  private static Analyzer tokenizerOnly(boolean clauses) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(clauses ? new ClauseSegmentingTokenizer() : new HMMChineseTokenizer());
      }
    };
  }

  @AfterAll
  static void close() {
    CLAUSES.close();
    SMARTCN.close();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // HMMChineseTokenizer: 发 音 , (its counts before ， favour single characters).
        Arguments.of("the word before a comma stays whole", "提到英文发音，",
            List.of("提到 0 2", "英文 2 4", "发音 4 6", ", 6 7")),
        // HMMChineseTokenizer: 单 字 ,
        Arguments.of("a comma ends the clause", "对于不会发音的单字，",
            List.of("对于 0 2", "不 2 3", "会 3 4", "发音 4 6", "的 6 7", "单字 7 9", ", 9 10")),
        Arguments.of("the enumeration comma ends a clause too", "书法、插花、土风舞班，",
            List.of("书法 0 2", ", 2 3", "插花 3 5", ", 5 6", "土风舞 6 9", "班 9 10", ", 10 11")),
        Arguments.of("letters and digits keep their text and offsets in a later clause", "北约NATO峰会，2025年召开",
            List.of("北约 0 2", "nato 2 6", "峰会 6 8", ", 8 9", "2025 9 13", "年 13 14", "召开 14 16")),
        Arguments.of("empty clauses", "，，开头，", List.of(", 0 1", ", 1 2", "开头 2 4", ", 4 5")),
        Arguments.of("sentences are still split", "俄罗斯。乌克兰，", List.of("俄罗斯 0 3", ", 3 4", "乌克兰 4 7", ", 7 8")),
        Arguments.of("empty input", "", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void tokensAndOffsetsAreAsTabled(String what, String text, List<String> expected) {
    assertThat(Tokens.of(CLAUSES, text)).containsExactlyElementsOf(expected);
  }

  @Test
  void withoutCommasTheTokensAreSmartcns() {
    for (String text : List.of("俄罗斯国防部发表声明。乌克兰总统泽连斯基表示：谈判没有进展！",
        "北约NATO峰会2025年召开 (新闻联播) GDP增长5.2%", "中\uD800文\uD842\uDFB7野家的报道")) {
      assertThat(Tokens.of(CLAUSES, text)).containsExactlyElementsOf(Tokens.of(SMARTCN, text));
    }
  }

  @Test
  void offsetsStayExactAcrossTheTokenizersBufferRefills() {
    String text = "提到发音，".repeat(1_000); // 5,000 chars: the tokenizer reads 1,024 at a time
    List<String> tokens = Tokens.of(CLAUSES, text);
    assertThat(tokens).hasSize(3_000);
    assertThat(tokens.subList(2_997, 3_000)).containsExactly("提到 4995 4997", "发音 4997 4999", ", 4999 5000");
  }
}
