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
