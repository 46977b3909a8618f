package org.newssearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/** An article's OpenSearch document fills its own language's fields only, and reads back as the same article. */
class ClusterDocumentsTest {

  private static final Article TRADITIONAL = new Article("tw-1", "澤倫斯基訪美", "澤倫斯基與川普會談。",
      PublishedAt.parse("2025-02-28T23:30:00+08:00"), "自由時報", "https://example.tw/1", "https://example.tw/1/a", null,
      "zh-Hant", "seeds/tw-1.html", Set.of());

  @Test
  void aChineseArticleFillsTheCjkFieldsEveryFacetAndItsLocalDate() {
    JsonNode json = ClusterDocuments.toJson(new ArticleDocuments().toDocument(TRADITIONAL));
    assertThat(json.toString()).isEqualTo("{\"id\":\"tw-1\",\"title\":{\"cjk\":\"澤倫斯基訪美\"},"
        + "\"body\":{\"cjk\":\"澤倫斯基與川普會談。\"},\"source\":[\"自由時報\"],\"lang\":[\"zh-Hant\"],"
        + "\"country\":[\"TW\"],\"outlet_type\":[\"commercial\"],\"entity\":[\"donald-trump\",\"volodymyr-zelensky\"],"
        + "\"date\":1740785400,\"date_iso\":\"2025-02-28T23:30:00+08:00\",\"url\":\"https://example.tw/1/a\","
        + "\"origin\":\"https://example.tw/1\",\"file\":\"seeds/tw-1.html\",\"copy_group\":\"tw-1\"}");
  }

  @Test
  void theDocumentReadsBackAsTheSameArticle() {
    JsonNode json = ClusterDocuments.toJson(new ArticleDocuments().toDocument(TRADITIONAL));
    assertThat(ClusterDocuments.toArticle(json)).isEqualTo(TRADITIONAL);
    assertThat(ClusterDocuments.first(json, "copy_group")).isEqualTo("tw-1");
    assertThat(Map.of("title", ClusterDocuments.original(json, "title"))).containsEntry("title", "澤倫斯基訪美");
  }
}
