package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

  @ParameterizedTest(name = "{0} folds to {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "“乌克兰危机”          | \"乌克兰危机\"",
      "「乌克兰危机」        | \"乌克兰危机\"",
      "‘Kyiv’             | 'Kyiv'",
      "普京　ＯＲ　泽连斯基    | 普京 OR 泽连斯基",
      "（普京 ＯＲ 特朗普）－乌克兰 | (普京 OR 特朗普)-乌克兰",
      "ｔｉｔｌｅ：危机        | title:危机",
      "plain ascii         | plain ascii",
      "本台短评：人生，因崇高信仰而更美 | 本台短评\\:人生，因崇高信仰而更美",
      "“两会”时间：代表委员谈发展  | \"两会\"时间\\:代表委员谈发展",
      "“我们不会放弃          | “我们不会放弃",
      "“他说 \"停火\"         | “他说 \"停火\"",
      "（完）特朗普：普京很聪明  | (完)特朗普\\:普京很聪明",
      "特朗普（左）与普京       | 特朗普(左)与普京",
      "（一）乌克兰局势         | (一)乌克兰局势",
      "乌克兰局势（二          | 乌克兰局势（二",
      "为什么？好消息！        | 为什么？好消息！",
      "Is Putin winning?   | Is Putin winning\\?",
      "Ukraine war - live updates | Ukraine war \\- live updates",
      "source:BBC lang:en  | source:BBC lang:en",
      "-title:危机 OR (body:和谈) | -title:危机 OR (body:和谈)",
      "\"zelensky erdogan\"~5 | \"zelensky erdogan\"~5",
      "约定~星辰            | 约定\\~星辰",
      "a\\?b               | a\\?b",
      "[视频]国际联播快讯     | \\[视频\\]国际联播快讯",
      "{a}                 | \\{a\\}",
  })
  void pastedQuotesAndFullWidthOperatorsFoldToTheSyntax(String typed, String folded) {
    assertThat(QueryText.fold(typed.strip())).isEqualTo(folded.strip());
  }

  @Test
  void twentyLevelsOfParenthesesAreAcceptedAndTwentyOneAreNot() {
    QueryText.checkNesting("(".repeat(20) + "a" + ")".repeat(20));
    assertThatThrownBy(() -> QueryText.checkNesting("(".repeat(21) + "a"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("query nested 21 parentheses deep at character 21");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"乌克兰                | a quote is not closed: phrases need a \" at both ends",
      "(((((                 | 5 parentheses are not closed",
      "(普京 OR 特朗普         | 1 parenthesis is not closed",
      "普京) OR (特朗普         | a closing parenthesis at character 3 has no opening one",
  })
  void unbalancedQuotesAndParenthesesAreNamedInWords(String query, String reason) {
    assertThat(QueryText.unbalanced(query.strip())).isEqualTo(reason.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"\"乌克兰危机\"", "(普京 OR 特朗普) -\"(a)\"", "a\\(b"})
  void balancedQueriesAreLeftToTheParser(String query) {
    assertThat(QueryText.unbalanced(query)).isNull();
  }
}
