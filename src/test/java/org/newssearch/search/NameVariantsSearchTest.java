package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;
import org.newssearch.search.SearchResult.Expansion;
import org.newssearch.search.SearchResult.Hit;

/**
 * Names in every spelling, on a real index of 15 articles (src/test/resources/names/articles.jsonl)
 * that name Zelensky, Pokrovsk (红军城) and Witkoff in mainland, Taiwan and overseas Chinese, English,
 * Russian and Ukrainian; the expected ids were worked out by hand.
 */
class NameVariantsSearchTest {

  private static final String ZELENSKY = "n01 n02 n03 n04 n05 n06 n07 n12";
  private static final String POKROVSK = "n02 n04 n06 n07 n08 n09 n10";
  private static final String WITKOFF = "n01 n03 n05 n13 n14 n15";
  private static SearchService search;

  @BeforeAll
  static void open() throws IOException {
    search = new SearchService(TestIndexes.build(List.of(Path.of("src/test/resources/names/articles.jsonl"))));
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  private static SearchResult result(String query, boolean variants) throws IOException {
    return search.search(SearchRequest.fromParams(Map.of("q", List.of(query), "size", List.of("100"),
        "variants", List.of(variants ? "on" : "off"))));
  }

  /** The ids of every hit, sorted; the total (counted apart from the hits) must agree. */
  private static String ids(String query, boolean variants) throws IOException {
    SearchResult result = result(query, variants);
    assertThat(result.total()).as(query).isEqualTo(result.hits().size());
    return result.hits().stream().map(Hit::id).sorted().collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} finds every article that names the entity in any spelling")
  @CsvSource(delimiter = '|', value = {
      "泽连斯基 | " + ZELENSKY, "泽伦斯基 | " + ZELENSKY, "澤倫斯基 | " + ZELENSKY, "澤連斯基 | " + ZELENSKY,
      "Zelensky | " + ZELENSKY, "zelenskyy | " + ZELENSKY, "Зеленский | " + ZELENSKY, "Зеленський | " + ZELENSKY,
      "弗拉基米尔·泽连斯基 | " + ZELENSKY,
      "红军城 | " + POKROVSK, "紅軍城 | " + POKROVSK, "波克罗夫斯克 | " + POKROVSK, "Pokrovsk | " + POKROVSK,
      "Покровск | " + POKROVSK, "Покровськ | " + POKROVSK, "Красноармейск | " + POKROVSK,
      "维特科夫 | " + WITKOFF, "威特科夫 | " + WITKOFF, "Witkoff | " + WITKOFF,
  })
  void aNameInAnySpellingFindsEverySpelling(String query, String expected) throws IOException {
    assertThat(ids(query, true)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "with variants=off {0} finds only {1}")
  @CsvSource(delimiter = '|', value = {
      "泽连斯基 | n01 n12", "澤倫斯基 | n02 n03", "Zelensky | n04", "红军城 | n02 n08", "维特科夫 | n03 n13",
      "Покровськ | n07",
  })
  void variantsOffFindsTheSpellingAsWritten(String query, String expected) throws IOException {
    assertThat(ids(query, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      // A name inside a run of Chinese: the run with each Chinese spelling of each name.
      "泽连斯基会见维特科夫              | n01",
      "\"泽伦斯基与威特科夫\"             | n03",
      "Zelensky AND 红军城                | n02 n04 n06 n07",
      "泽连斯基 -红军城                   | n01 n03 n05 n12",
      "(维特科夫 OR 红军城) AND 泽连斯基  | n01 n02 n03 n04 n05 n06 n07",
      "=泽连斯基                          | n01 n12",
      "=泽连斯基 OR 红军城                | n01 n02 n04 n06 n07 n08 n09 n10 n12",
      "基本法                             | n11",
      // Words that spell a name together are that name; other words stay words, AND as always.
      "Volodymyr Zelensky                 | " + ZELENSKY,
      "President Zelenskyy                | n04 n05",
  })
  void phrasesAndBooleanQueriesExpandEachName(String query, String expected) throws IOException {
    assertThat(ids(query, true)).isEqualTo(expected);
  }

  @Test
  void variantsOffMatchesWhatAQueryMatchedBeforeNames() throws IOException {
    for (String query : List.of("泽连斯基", "Zelensky", "红军城 OR Покровськ", "\"泽伦斯基与威特科夫\"", "基本法")) {
      assertThat(ids(query, false)).as(query)
          .isEqualTo(search.topIds(query, 100, org.newssearch.index.Schema.SUFFIXES).stream().sorted()
              .collect(Collectors.joining(" ")));
    }
  }

  @Test
  void theAnswerListsWhatWasAlsoSearched() throws IOException {
    List<Expansion> expansions = result("泽连斯基 基本法", true).expansions();
    assertThat(expansions).extracting(Expansion::text, Expansion::entity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("泽连斯基", "volodymyr-zelensky"));
    assertThat(expansions.get(0).variants()).contains("澤倫斯基", "泽伦斯基", "Zelensky", "Зеленский", "Зеленський")
        .doesNotContain("泽连斯基");
    assertThat(result("泽连斯基", false).expansions()).isEmpty();
    assertThat(result("=泽连斯基", true).expansions()).isEmpty();
  }

  @Test
  void aRareSpellingWeighsWhatTheCommonOneDoes() throws IOException {
    // n13 and n14 are the same article but for the spelling; 威特科夫 is in three articles, 维特科夫 in two.
    Map<String, Float> scores = result("维特科夫", true).hits().stream().collect(Collectors.toMap(Hit::id, Hit::score));
    assertThat(scores.get("n13")).isEqualTo(scores.get("n14"));
    Map<String, Float> plain = result("维特科夫 OR 威特科夫", false).hits().stream()
        .collect(Collectors.toMap(Hit::id, Hit::score));
    assertThat(plain.get("n13")).as("the rarer spelling outweighs the other without shared statistics")
        .isGreaterThan(plain.get("n14"));
  }

  @ParameterizedTest(name = "{0} marks {2} in {1}")
  @CsvSource(delimiter = '|', value = {
      "泽连斯基 | n02 | 澤倫斯基", "泽连斯基 | n03 | 泽伦斯基", "泽连斯基 | n04 | Zelensky", "泽连斯基 | n06 | Зеленский",
      "泽连斯基 | n07 | Зеленський", "Pokrovsk | n02 | 紅軍城", "Pokrovsk | n08 | 红军城",
  })
  void highlightsSitOnTheSpellingEachArticleUses(String query, String id, String marked) throws IOException {
    Hit hit = result(query, true).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    assertThat(String.join(" ", hit.snippets())).contains("<mark>" + marked + "</mark>");
    assertThat(search.highlightedArticle(id, query, true).orElseThrow().bodyHtml()).contains("<mark>" + marked + "</mark>");
  }
}
