package org.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newssearch.web.HttpClientForTests.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.newssearch.index.Generations;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;
import org.newssearch.web.TestServer;

/**
 * Every entry of the facet registry ({@link Facet}) works end to end with nothing else written for it:
 * indexed, counted in the API's facets, filtered by its URL parameter and by its query field, and
 * offered in the form's sidebar. Adding a facet is an entry in {@code Facet} and, if these articles
 * give it no value, a value in {@link #ARTICLES} (docs/architecture.md, "Add a facet").
 */
class FacetRegistryTest {

  /**
   * Articles with several values of every facet, some with none (no flag), one with two flags. Their
   * sources are in the outlet registry (country and outlet type), but for r8's, which has neither.
   */
  static final List<Article> ARTICLES = List.of(
      article("r1", "新华社", "zh-Hans", Set.of(), "泽连斯基会见"),
      article("r2", "新华社", "zh-Hans", Set.of("spam-suspected"), "普京与泽连斯基"),
      article("r3", "新华社", "zh-Hant", Set.of(), "澤倫斯基"),
      article("r4", "BBC", "en", Set.of("spam-removed"), "Zelenskyy in Kyiv"),
      article("r5", "BBC", "en", Set.of(), ""),
      article("r6", "ТАСС", "ru", Set.of("spam-suspected", "spam-removed"), "Путина"),
      article("r7", "Укрінформ", "uk", Set.of(), "Зеленського"),
      article("r8", "an outlet nobody described", "en", Set.of(), ""));

  @TempDir static Path root;
  private static TestServer server;

  @BeforeAll
  static void serve() throws IOException {
    Generations generations = new Generations(root);
    Path generation = generations.next();
    ArticleDocuments documents = new ArticleDocuments();
    try (FSDirectory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      for (Article article : ARTICLES) {
        writer.addDocument(documents.toDocument(article));
      }
      writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet());
      writer.commit();
    }
    generations.switchTo(generation);
    server = TestServer.start(root);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void everyValueIsCountedInTheApisFacets(Facet facet) throws Exception {
    JsonNode facets = server.http().json("/api/search?q=").get("facets");
    Map<String, Long> counted = new TreeMap<>();
    facets.get(facet.field).forEach(value -> counted.put(value.get("value").asText(), value.get("count").asLong()));
    assertThat(counted).isEqualTo(expectedCounts(facet)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void eachValueFiltersByItsParameterAndByItsQueryField(Facet facet) throws Exception {
    for (String value : expectedCounts(facet).keySet()) {
      List<String> expected = idsWith(facet, value);
      assertThat(ids("/api/search?" + facet.field + "=" + enc(value))).as(facet.field + "=" + value).isEqualTo(expected);
      assertThat(ids("/api/search?q=" + enc(facet.field + ":\"" + value + "\""))).as(facet.field + ":" + value)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void theFormsSidebarOffersEveryValueUnderTheFacetsLabel(Facet facet) throws Exception {
    String page = server.http().get("/?q=report").body();
    String sidebar = page.substring(page.indexOf("<aside"), page.indexOf("</aside>"));
    assertThat(sidebar).contains(">" + facet.label + "</h2>");
    for (String value : expectedCounts(facet).keySet()) {
      assertThat(sidebar).contains(facet.field + "=" + enc(value));
    }
  }

  /**
   * Only the registry names a facet: no other class of the search, web, command-line or index code
   * writes a facet's name as a string, so an added facet needs no other change to be searched,
   * filtered, counted and shown. (ingest/ reads input fields of the same names; Schema names the
   * stored fields, which a facet may share; ExportFormat writes an article's columns: all about
   * articles, not facets.)
   */
  @Test
  void noCodeButTheRegistryNamesAFacet() throws IOException {
    Path main = Path.of("src/main/java/org/newssearch");
    Set<Path> allowed = Set.of(main.resolve("index/Facet.java"), main.resolve("index/Schema.java"),
        main.resolve("web/ExportFormat.java"));
    Pattern literal = Pattern.compile("\"([a-z_]+)\"");
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("index", "search", "web", "cli")) {
      try (Stream<Path> files = Files.walk(main.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java") && !allowed.contains(f)).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            if (Facet.named(m.group(1)).isPresent()) {
              found.add(main.relativize(file) + ": " + m.group());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static Map<String, Long> expectedCounts(Facet facet) {
    Map<String, Long> counts = new TreeMap<>();
    for (Article article : ARTICLES) {
      facet.valuesOf(article).forEach(value -> counts.merge(value, 1L, Long::sum));
    }
    return counts;
  }

  private static List<String> idsWith(Facet facet, String value) {
    return ARTICLES.stream().filter(a -> facet.valuesOf(a).contains(value)).map(Article::id).sorted().toList();
  }

  private static List<String> ids(String url) throws Exception {
    JsonNode result = server.http().json(url + "&size=100");
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertThat(result.get("total").asLong()).isEqualTo(ids.size());
    return ids.stream().sorted().toList();
  }

  private static Article article(String id, String source, String lang, Set<String> flags, String names) {
    return new Article(id, "report " + id, "text " + id + " " + names, PublishedAt.parse("2025-02-18T10:00:00+08:00"), source, null,
        "https://example.org/" + id, null, lang, id + ".json", flags);
  }
}
