package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.TestIndexes;

/** A query in one script finds and marks the exact characters of an article written in the other. */
class CrossScriptHighlightTest {

  @TempDir
  static Path dir;

  private static SearchService traditionalAndSimplified;
  private static SearchService seeds;

  @BeforeAll
  static void index() throws IOException {
    traditionalAndSimplified = new SearchService(TestIndexes.ofJsonLines(dir,
        "{\"id\":\"tw-1\",\"title\":\"臺灣軟體業者談網際網路安全\",\"body\":\"臺北消息：多家軟體公司表示，"
            + "網際網路攻擊增加。俄羅斯與烏克蘭的衝突也波及資訊安全。\",\"date\":\"2025-03-01\",\"source\":\"tw\","
            + "\"lang\":\"zh-Hant\"}",
        "{\"id\":\"cn-1\",\"title\":\"专家谈导弹防御\",\"body\":\"北京消息：专家表示，互联网企业与导弹防御无关。"
            + "乌克兰局势持续紧张。\",\"date\":\"2025-03-02\",\"source\":\"cn\",\"lang\":\"zh-Hans\"}"));
    seeds = new SearchService(TestIndexes.seeds());
  }

  @AfterAll
  static void close() throws IOException {
    traditionalAndSimplified.close();
    seeds.close();
  }

  @ParameterizedTest(name = "{0} finds {1} and marks {2}")
  @CsvSource({
      "软件, tw-1, 軟體",        // Simplified query, Taiwan vocabulary in Traditional script
      "互联网, tw-1, 網際網路",   // a 3-character query marks the 4 characters it stands for
      "俄罗斯, tw-1, 俄羅斯",
      "飛彈, cn-1, 导弹",        // Traditional Taiwan query, Simplified article
      "烏克蘭, cn-1, 乌克兰",
      "網際網路, cn-1, 互联网"
  })
  void aQueryInOneScriptMarksTheArticlesOwnCharacters(String query, String id, String marked) throws IOException {
    SearchResult result = traditionalAndSimplified.search(SearchRequest.of(query).withVariants(false));
    assertThat(result.hits()).extracting(SearchResult.Hit::id).contains(id);
    SearchResult.Hit hit = result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    assertThat(marks(String.join(" ", hit.snippets()))).isNotEmpty().allMatch(marked::equals);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"维特科夫", "乌沙科夫", "梅津斯基"})
  void aNameSmartcnSplitsIsFoundRankedAndMarkedAsOneMatch(String name) throws IOException {
    SearchResult result = seeds.search(SearchRequest.of(name).withVariants(false));
    assertThat(result.total()).isPositive();
    SearchResult.Hit top = result.hits().get(0);
    assertThat(top.score()).isPositive();
    assertThat(marks(String.join(" ", top.snippets()))).isNotEmpty().allMatch(name::equals);
  }

  @Test
  void aNameInTraditionalScriptFindsTheSimplifiedSeeds() throws IOException {
    SearchResult result = seeds.search(SearchRequest.of("烏沙科夫").withVariants(false));
    assertThat(result.total()).isPositive();
    assertThat(marks(String.join(" ", result.hits().get(0).snippets()))).isNotEmpty().allMatch("乌沙科夫"::equals);
  }

  private static List<String> marks(String snippet) {
    Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
    List<String> marks = new java.util.ArrayList<>();
    while (m.find()) {
      marks.add(m.group(1));
    }
    return marks;
  }
}
