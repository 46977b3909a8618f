package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/**
 * The {@code entity} facet over the 15 articles of src/test/resources/names/articles.jsonl, counted by
 * hand: each entity counts the articles that name it in any spelling, and {@code entity=ID} filters the
 * search and the timeline to exactly those articles.
 */
class EntityFacetHttpTest {

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestIndexes.build(List.of(Path.of("src/test/resources/names/articles.jsonl"))));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** Every entity the fixture names, with the articles that name it (their spellings in the comments). */
  private static final Map<String, String> BY_HAND = new TreeMap<>(Map.ofEntries(
      // 泽连斯基 n01 n12, 澤倫斯基 n02, 泽伦斯基 n03, Zelensky n04, Zelenskyy n05, Зеленский n06, Зеленський n07
      Map.entry("volodymyr-zelensky", "n01 n02 n03 n04 n05 n06 n07 n12"),
      // 紅軍城 n02, Pokrovsk n04, Покровск n06, Покровськ n07, 红军城 n08, 波克罗夫斯克 n09, Красноармейска n10
      Map.entry("pokrovsk", "n02 n04 n06 n07 n08 n09 n10"),
      // 威特科夫 n01 n14 n15, 维特科夫 n03 n13, Witkoff n05
      Map.entry("steve-witkoff", "n01 n03 n05 n13 n14 n15"),
      // 乌克兰 n01, 烏克蘭 n02, Украины n06, України n07 (Ukrainian n04 is an adjective, not the name)
      Map.entry("country:ua", "n01 n02 n06 n07"),
      Map.entry("kyiv", "n01 n05"),                   // 基辅, Kyiv
      Map.entry("country:us", "n01 n15"),             // 美国 (n05's "US envoy" is not a spelling)
      Map.entry("moscow", "n13 n14"),                 // 莫斯科
      Map.entry("country:tr", "n12"),                 // 土耳其
      Map.entry("recep-tayyip-erdogan", "n12"),       // 埃尔多安
      Map.entry("saint-petersburg", "n15"),           // 圣彼得堡
      Map.entry("russian-armed-forces", "n08"),       // 俄军
      Map.entry("ukrainian-armed-forces", "n09")));   // 乌军

  @Test
  void theEntityFacetCountsEveryEntityTheArticlesNameAndNothingElse() throws Exception {
    Map<String, Long> counted = new TreeMap<>();
    server.http().json("/api/search?q=&facetSize=1000").get("facets").get("entity")
        .forEach(value -> counted.put(value.get("value").asText(), value.get("count").asLong()));
    Map<String, Long> expected = new TreeMap<>();
    BY_HAND.forEach((id, articles) -> expected.put(id, (long) articles.split(" ").length));
    assertThat(counted).isEqualTo(expected);
  }

  @Test
  void theCountsAddUpToTheMentionsOfEveryArticle() throws Exception {
    long mentions = 0;
    for (JsonNode value : server.http().json("/api/search?q=&facetSize=1000").get("facets").get("entity")) {
      mentions += value.get("count").asLong();
    }
    // n01 names 5, n02 3, n03 2, n04 2, n05 3, n06 3, n07 3, n08 2, n09 2, n10 1, n11 0, n12 3, n13 2, n14 2, n15 3.
    assertThat(mentions).isEqualTo(36);
  }

  @ParameterizedTest(name = "entity={0} filters to the articles that name it")
  @CsvSource({"volodymyr-zelensky", "pokrovsk", "steve-witkoff", "country:ua", "kyiv", "country:tr"})
  void anEntityFiltersTheSearchAndTheTimelineToTheArticlesThatNameIt(String id) throws Exception {
    List<String> expected = List.of(BY_HAND.get(id).split(" "));
    List<String> found = new ArrayList<>();
    JsonNode result = server.http().json("/api/search?q=&size=100&entity=" + enc(id));
    result.get("hits").forEach(hit -> found.add(hit.get("id").asText()));
    assertThat(found.stream().sorted().toList()).isEqualTo(expected);
    assertThat(result.get("total").asLong()).isEqualTo(expected.size());
    JsonNode timeline = server.http().json("/api/timeline?q=&interval=year&entity=" + enc(id));
    assertThat(timeline.get("series").get(0).get("total").asLong()).isEqualTo(expected.size());
  }

  @Test
  void twoEntitiesSelectedAreEitherOfThemLikeTheOtherFacets() throws Exception {
    JsonNode result = server.http().json("/api/search?q=&size=100&entity=kyiv&entity=moscow");
    assertThat(result.get("total").asLong()).isEqualTo(4);
  }

  @Test
  void theEntityQueryFieldFindsTheSameArticlesAsTheFilter() throws Exception {
    JsonNode result = server.http().json("/api/search?size=100&q=" + enc("entity:pokrovsk -lang:ru"));
    assertThat(result.get("total").asLong()).isEqualTo(5);
  }
}
