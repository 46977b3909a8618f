package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The reference ranker of the known-item protocol: one Lucene index with a bare
 * {@link SmartChineseAnalyzer} on title and body, asked what Solr's edismax asks for
 * {@code "a" OR "b"} with {@code qf="title^2 body"}: each quoted tag a phrase of smartcn words,
 * the better of its title (×2) and body match, the tags OR-ed. This is the Solr peer's ranking
 * without Solr.
 */
final class BareSmartcnRanker implements AutoCloseable {

  private static final float TITLE_BOOST = 2.0f;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder phrases = new QueryBuilder(new SmartChineseAnalyzer());

  BareSmartcnRanker(List<JsonNode> rows, Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SmartChineseAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (JsonNode row : rows) {
        Document doc = new Document();
        doc.add(new StringField("id", row.path("id").asText(), Field.Store.YES));
        doc.add(new TextField("title", row.path("title").asText(""), Field.Store.NO));
        doc.add(new TextField("body", row.path("body").asText(""), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** The ids of the {@code n} best articles for these tags. */
  List<String> topIds(List<String> tags, int n) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String tag : tags) {
      List<Query> fields = new ArrayList<>();
      Query title = phrases.createPhraseQuery("title", tag);
      Query body = phrases.createPhraseQuery("body", tag);
      if (title != null) {
        fields.add(new BoostQuery(title, TITLE_BOOST));
      }
      if (body != null) {
        fields.add(body);
      }
      if (!fields.isEmpty()) {
        any.add(new DisjunctionMaxQuery(fields, 0f), BooleanClause.Occur.SHOULD);
      }
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(any.build(), n).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
