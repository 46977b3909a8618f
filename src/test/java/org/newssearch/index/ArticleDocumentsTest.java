package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

class ArticleDocumentsTest {

  private static final Article CHINESE = new Article("id-1", "泽连斯基访问土耳其", "乌克兰总统泽连斯基访问土耳其。",
      new PublishedAt(LocalDateTime.of(2025, 2, 18, 23, 59, 59), ZoneOffset.ofHours(8)), "新华社", "央视新闻客户端",
      "https://example.org/1", "记者", "zh-Hans", "in/a.txt", Set.of("spam-suspected"));

  @Test
  void anArticleSurvivesTheRoundTripThroughItsStoredFields() {
    Document doc = new ArticleDocuments().toDocument(CHINESE);
    assertThat(ArticleDocuments.toArticle(doc)).isEqualTo(CHINESE);
  }

  @Test
  void aChineseArticleGetsBigramFieldsAndNoOtherLanguagesFields() {
    Document doc = new ArticleDocuments().toDocument(CHINESE);
    assertThat(doc.getFields().stream().map(IndexableField::name).filter(n -> n.contains(".")).distinct())
        .containsExactlyInAnyOrder("title.cjk", "body.cjk");
  }

  @Test
  void aLanguageWeHaveNoAnalyzerForIsIndexedWithTheNeutralOne() {
    Article japanese = new Article("id-2", "ゼレンスキー大統領", "ゼレンスキー大統領がトルコを訪問した。", null, "NHK", null,
        null, null, "ja", "b.txt", Set.of());
    Document doc = new ArticleDocuments().toDocument(japanese);
    assertThat(doc.getFields().stream().map(IndexableField::name).filter(n -> n.contains(".")).distinct())
        .containsExactlyInAnyOrder("title.std", "body.std");
    assertThat(doc.get(Schema.DATE_ISO)).isNull();
  }

  @Test
  void theDateIsIndexedAsTheOutletsLocalWallClock() {
    Document doc = new ArticleDocuments().toDocument(CHINESE);
    assertThat(doc.get(Schema.DATE_ISO)).isEqualTo("2025-02-18T23:59:59+08:00");
    long local = LocalDateTime.of(2025, 2, 18, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    assertThat(doc.getFields(Schema.DATE)).anySatisfy(f -> assertThat(f.numericValue()).isEqualTo(local));
  }
}
