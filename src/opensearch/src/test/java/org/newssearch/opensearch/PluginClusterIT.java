package org.newssearch.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.common.xcontent.support.XContentMapValues;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The built ZIP installed on a 3-node cluster (2 shards, 1 replica) through OpenSearch's own plugin
 * loader (each node's plugins/ folder; none of the plugin's classes or jars is on this JVM's class
 * path), asked over real HTTP: analysis, the query type over the root's 15 name-variant articles
 * (src/test/resources/names/articles.jsonl, whose embedded answers the web tests assert), highlighting.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 3, numClientNodes = 0, supportsDedicatedMasters = false)
public class PluginClusterIT extends InstalledPluginTestCase {

  private static final String INDEX = "articles";

  public void testTheNodesLoadedThePluginFromItsZip() throws IOException {
    Map<String, Object> plugins = json(getRestClient().performRequest(new Request("GET", "/_cat/plugins?format=json&h=component,version")));
    List<?> rows = (List<?>) plugins.get("rows");
    // Besides the test framework's own plugins, given as classes: ours, read from each node's plugins/ folder.
    assertEquals("[{component=newssearch, version=0.1.0-SNAPSHOT}, {component=newssearch, version=0.1.0-SNAPSHOT}, "
        + "{component=newssearch, version=0.1.0-SNAPSHOT}]",
        rows.stream().filter(row -> "newssearch".equals(((Map<?, ?>) row).get("component"))).toList().toString());
  }

  public void testAnalyzeWithTheCjkAnalyzerGivesSimplifiedBigramsOnTheTraditionalOffsets() throws IOException {
    Request analyze = new Request("POST", "/_analyze");
    analyze.setJsonEntity("{\"analyzer\": \"newssearch_cjk\", \"text\": \"澤倫斯基訪問基輔\"}");
    Map<String, Object> tokens = json(getRestClient().performRequest(analyze));
    assertEquals("[泽伦, 伦斯, 斯基, 基访, 访问, 问基, 基辅, 辅]", String.valueOf(column(tokens, "token")));
    assertEquals("[0, 1, 2, 3, 4, 5, 6, 7]", String.valueOf(column(tokens, "start_offset")));
    assertEquals("[2, 3, 4, 5, 6, 7, 8, 8]", String.valueOf(column(tokens, "end_offset")));
  }

  public void testEveryRegisteredAnalyzerAndPartAnswersAnalyzeByName() throws IOException {
    // analysis, text, tokens
    String[][] table = {
        {"\"analyzer\": \"newssearch_cjk\"", "基輔", "[基辅, 辅]"},
        {"\"analyzer\": \"newssearch_std\"", "Kyiv 基輔", "[kyiv, 基輔, 輔]"},
        {"\"analyzer\": \"newssearch_en\"", "visited troops", "[visit, troop]"},
        {"\"analyzer\": \"newssearch_ru\"", "посетил Покровск", "[посет, покровск]"},
        {"\"analyzer\": \"newssearch_uk\"", "відвідав Покровськ", "[відвідати, Покровськ]"},
        {"\"analyzer\": \"newssearch_words\"", "烏克蘭總統澤倫斯基", "[乌克兰, 总统, 泽, 伦, 斯, 基]"},
        {"\"char_filter\": [\"newssearch_t2s\"], \"tokenizer\": \"newssearch_segmenter\", \"filter\": [\"newssearch_smartcn_stop\"]",
            "烏克蘭總統。", "[乌克兰, 总统]"},
        {"\"tokenizer\": \"standard\", \"filter\": [\"newssearch_run_breaks\", \"newssearch_run_edges\"]", "基 輔", "[基, 輔]"},
    };
    for (String[] row : table) {
      Request analyze = new Request("POST", "/_analyze");
      analyze.setJsonEntity("{" + row[0] + ", \"text\": " + quote(row[1]) + "}");
      assertEquals(row[0], row[2], String.valueOf(column(json(getRestClient().performRequest(analyze)), "token")));
    }
  }

  public void testTheQueryTypeFindsWhatTheEmbeddedEngineFinds() throws IOException {
    index();
    // query, variants, the ids found (the embedded answers: NameVariantsHttpTest and the analysis tests)
    Object[][] table = {
        {"泽连斯基", true, "[n01, n02, n03, n04, n05, n06, n07, n12]"},
        {"泽连斯基", false, "[n01, n12]"},
        {"澤倫斯基", false, "[n02, n03]"},
        {"红军城", false, "[n02, n08]"},
        {"\"抵达莫斯科\"", false, "[n13, n14]"},
        {"(维特科夫 OR 威特科夫) NOT 莫斯科", false, "[n01, n03, n15]"},
        {"泽连斯基 source:新华社", true, "[n01, n12]"},
        {"会见", false, "[n01, n12]"},
        {"title:会见", false, "[n01]"},
        {"Zelensky lang:en", false, "[n04]"},
        {"Зеленський", false, "[n07]"},
    };
    for (Object[] row : table) {
      Map<String, Object> result = search("{\"query\": {\"newssearch_query\": {\"query\": " + quote((String) row[0])
          + ", \"variants\": " + row[1] + "}}, \"size\": 20, \"track_total_hits\": true}");
      assertEquals(row[0] + " variants=" + row[1], row[2], ids(result).toString());
      assertEquals(row[0] + " total", ids(result).size(), ((Number) XContentMapValues.extractValue("hits.total.value", result)).intValue());
    }
  }

  public void testAQuerySyntaxErrorIsA400WithTheEmbeddedParsersMessage() throws IOException {
    index();
    ResponseException error = expectThrows(ResponseException.class, () ->
        search("{\"query\": {\"newssearch_query\": {\"query\": \"\\\"泽连斯基\"}}}"));
    assertEquals(400, error.getResponse().getStatusLine().getStatusCode());
    String body = body(error.getResponse());
    assertTrue(body, body.contains("cannot parse query '\\\"泽连斯基': a quote is not closed: phrases need a \\\" at both ends"));
  }

  public void testHighlightingMarksTheMatchedCharactersInTheOriginalScript() throws IOException {
    index();
    // query, variants, each hit's body.cjk highlight in id order (articles in other languages have none)
    String[][] table = {
        {"红军城", "false", "[[烏克蘭總統澤倫斯基視察<mark>紅軍城</mark>前線部隊。], [俄军在<mark>红军城</mark>方向继续推进。]]"},
        // n05 is English (Zelenskyy ... in Kyiv): found through both names' variants, no body.cjk to mark.
        {"泽连斯基 基辅", "true", "[[乌克兰总统<mark>泽连斯基</mark>在<mark>基辅</mark>会见美国特使威特科夫，讨论停火。], null]"},
        {"泽连斯基 停火", "true", "[[乌克兰总统<mark>泽连斯基</mark>在基辅会见美国特使威特科夫，讨论<mark>停火</mark>。]]"},
        {"澤倫斯基 視察", "true", "[[烏克蘭總統<mark>澤倫斯基</mark><mark>視察</mark>紅軍城前線部隊。]]"},
    };
    for (String[] row : table) {
      Map<String, Object> result = search("{\"query\": {\"newssearch_query\": {\"query\": " + quote(row[0]) + ", \"variants\": "
          + row[1] + "}}, \"_source\": false, \"highlight\": {\"fields\": {\"body.cjk\": {\"number_of_fragments\": 0,"
          + " \"pre_tags\": [\"<mark>\"], \"post_tags\": [\"</mark>\"]}}}, \"sort\": [{\"id\": \"asc\"}]}");
      List<?> hits = (List<?>) XContentMapValues.extractValue("hits.hits", result);
      assertEquals(row[0], row[2], hits.stream()
          .map(hit -> XContentMapValues.extractValue((Map<?, ?>) hit, "highlight", "body.cjk")).toList().toString());
    }
  }

  public void testTheSimilarityTypeRefusesSettingsItWouldIgnore() throws IOException {
    Request create = new Request("PUT", "/tuned");
    create.setJsonEntity("{\"settings\": {\"similarity\": {\"newssearch\": {\"type\": \"newssearch\", \"k1\": 2}}}}");
    ResponseException error = expectThrows(ResponseException.class, () -> getRestClient().performRequest(create));
    assertEquals(400, error.getResponse().getStatusLine().getStatusCode());
    String body = body(error.getResponse());
    assertTrue(body, body.contains("similarity type [newssearch] takes no settings, not [k1]"));
  }

  /** The root's name-variant articles, each in the analyzed fields of its language family (the test framework drops indices after each test). */
  private void index() throws IOException {
    Request create = new Request("PUT", "/" + INDEX);
    try (InputStream in = PluginClusterIT.class.getResourceAsStream("/articles-index.json")) {
      create.setJsonEntity(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    getRestClient().performRequest(create);
    ensureGreen(INDEX);
    StringBuilder bulk = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(System.getProperty("newssearch.names.articles")))) {
      Map<String, Object> article = XContentHelper.convertToMap(JsonXContent.jsonXContent, line, false);
      bulk.append("{\"index\": {\"_id\": ").append(quote((String) article.get("id"))).append("}}\n")
          .append(document(article).toString()).append('\n');
    }
    Request request = new Request("POST", "/" + INDEX + "/_bulk?refresh=true");
    request.setJsonEntity(bulk.toString());
    Map<String, Object> answer = json(getRestClient().performRequest(request));
    assertEquals(bulk.toString(), false, answer.get("errors"));
  }

  /** As the embedded ArticleDocuments fills it: text in its family's suffix, facets, local epoch seconds. */
  private static XContentBuilder document(Map<String, Object> article) throws IOException {
    String lang = (String) article.get("lang");
    String suffix = switch (lang.split("-")[0]) {
      case "zh" -> "cjk";
      case "en", "ru", "uk" -> lang;
      default -> "std";
    };
    long date = OffsetDateTime.parse((String) article.get("date")).toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    XContentBuilder doc = JsonXContent.contentBuilder().startObject()
        .field("id", article.get("id")).field("source", article.get("source")).field("lang", lang).field("date", date);
    doc.startObject("title").field(suffix, article.get("title")).endObject();
    doc.startObject("body").field(suffix, article.get("body")).endObject();
    return doc.endObject();
  }

  private static Map<String, Object> search(String body) throws IOException {
    Request request = new Request("POST", "/" + INDEX + "/_search");
    request.setJsonEntity(body);
    return json(getRestClient().performRequest(request));
  }

  private static Set<String> ids(Map<String, Object> result) {
    Set<String> ids = new TreeSet<>();
    ((List<?>) XContentMapValues.extractValue("hits.hits", result)).forEach(hit -> ids.add((String) ((Map<?, ?>) hit).get("_id")));
    return ids;
  }

  private static List<Object> column(Map<String, Object> answer, String key) {
    List<?> rows = answer.containsKey("tokens") ? (List<?>) answer.get("tokens") : (List<?>) answer.get("rows");
    return rows.stream().map(row -> ((Map<?, ?>) row).get(key)).map(v -> (Object) v).toList();
  }

  private static Map<String, Object> json(Response response) throws IOException {
    String body = body(response);
    if (body.startsWith("[")) {
      body = "{\"rows\": " + body + "}";
    }
    return XContentHelper.convertToMap(JsonXContent.jsonXContent, body, false);
  }

  private static String body(Response response) throws IOException {
    try (InputStream in = response.getEntity().getContent()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String quote(String text) throws IOException {
    return JsonXContent.contentBuilder().value(text).toString();
  }
}
