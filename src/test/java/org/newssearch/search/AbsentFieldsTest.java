package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/**
 * Queries search only the analyzed fields the generation holds; a word that no field of the index
 * could hold (Han text in an English-only index) matches nothing instead of being dropped.
 */
class AbsentFieldsTest {

  @org.junit.jupiter.api.io.TempDir
  static Path dir;

  private static SearchService english;

  @BeforeAll
  static void index() throws IOException {
    english = new SearchService(TestIndexes.ofJsonLines(dir,
        "{\"id\":\"en-1\",\"title\":\"Putin meets envoy\",\"body\":\"President Putin met the envoy in Moscow on "
            + "Tuesday to discuss the ceasefire proposal.\",\"date\":\"2025-03-01\",\"source\":\"wire\",\"lang\":\"en\"}",
        "{\"id\":\"en-2\",\"title\":\"Markets steady\",\"body\":\"Markets in London were steady on Tuesday as "
            + "traders waited for news.\",\"date\":\"2025-03-02\",\"source\":\"wire\",\"lang\":\"en\"}"));
  }

  @AfterAll
  static void close() throws IOException {
    english.close();
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "Putin               | en-1",
      "putin tuesday       | en-1",
      "tuesday             | en-1 en-2",
      "普京 Putin           | ''",
      "普京                 | ''",
      "普京 OR Putin        | en-1",
      "Tuesday -普京        | en-1 en-2",
      "title:markets        | en-2"
  })
  void matchesExactlyTheArticlesThatHoldEveryWord(String query, String ids) throws IOException {
    SearchResult result = english.search(SearchRequest.of(query).withVariants(false));
    List<String> expected = ids.isBlank() ? List.of() : List.of(ids.split(" "));
    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.total()).isEqualTo(expected.size());
  }
}
