package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.analysis.ChineseWordAnalyzer;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Generations;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;

/**
 * A generation written by schema version 3 (smartcn words and bigrams, both with offsets in the
 * postings) is served as it is: found through its bigram fields, its snippets marked on the original
 * text, in either script.
 */
class OlderGenerationTest {

  private static final String TRADITIONAL = "{\"id\":\"hant\",\"title\":\"澤倫斯基會見特使\",\"body\":\"烏克蘭總統澤倫斯基今天會見美國特使。\","
      + "\"date\":\"2025-03-01\",\"source\":\"中央社\",\"lang\":\"zh-Hant\"}";
  private static final String SIMPLIFIED = "{\"id\":\"hans\",\"title\":\"泽伦斯基表示\",\"body\":\"泽伦斯基表示，停火需要保障。\","
      + "\"date\":\"2025-03-02\",\"source\":\"新华网\",\"lang\":\"zh-Hans\"}";

  @Test
  void aVersionThreeGenerationIsSearchedAndHighlightedThroughItsBigrams(@TempDir Path dir) throws IOException {
    Path generation = asVersionThree(new Generations(TestIndexes.ofJsonLines(dir, TRADITIONAL, SIMPLIFIED))
        .current().orElseThrow());

    try (SearchService search = new SearchService(generation.getParent())) {
      SearchResult result = search.search(SearchRequest.of("泽伦斯基"));

      assertThat(result.total()).isEqualTo(2);
      assertThat(result.hits()).extracting(SearchResult.Hit::snippets).containsExactlyInAnyOrder(
          List.of("烏克蘭總統<mark>澤倫斯基</mark>今天會見美國特使。"), List.of("<mark>泽伦斯基</mark>表示，停火需要保障。"));
    }
    try (IndexView view = new IndexView(generation)) {
      assertThat(view.schemaVersion).isEqualTo(3);
      assertThat(view.suffixes).containsExactly("cjk");
    }
  }

  /** Rewrites a generation's articles as version 3 wrote them, with its commit data. */
  private static Path asVersionThree(Path generation) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        articles.add(ArticleDocuments.toArticle(stored.document(doc)));
      }
    }
    FieldType withOffsets = new FieldType();
    withOffsets.setTokenized(true);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    Analyzer words = new ChineseWordAnalyzer();
    Analyzer analyzer = new PerFieldAnalyzerWrapper(Schema.analyzer(), Map.of("title.zh", words, "body.zh", words));
    try (FSDirectory directory = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Article article : articles) {
        Document doc = new ArticleDocuments().toDocument(article);
        doc.removeFields("title.cjk");
        doc.removeFields("body.cjk");
        for (String suffix : List.of("zh", "cjk")) {
          doc.add(new Field("title." + suffix, article.title(), withOffsets));
          doc.add(new Field("body." + suffix, article.body(), withOffsets));
        }
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, "3").entrySet());
      writer.commit();
    }
    return generation;
  }
}
