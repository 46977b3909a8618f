package org.newssearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;
import org.newssearch.names.NameVariants;

/**
 * Snippets and the article view for articles another backend found (an OpenSearch cluster), marked
 * by the embedded highlighter ({@link Snippets}, {@link ArticleHighlighter}) over an in-memory index
 * of just those articles: both backends then mark the same characters. OpenSearch's own unified
 * highlighter marks each word of a phrase and each term of a name's spellings wherever it occurs,
 * where ours marks only whole matches (measured by the plugin's CrossBackendIT: 16-29 of 188 hits
 * differed).
 */
public final class FoundArticlesHighlighter {

  private final Analyzer analyzer = Schema.analyzer();
  private final QueryBuilder queries;

  /** A highlighter whose query expands names as {@code names} spells them (as the search did). */
  public FoundArticlesHighlighter(Supplier<NameVariants> names) {
    this.queries = new QueryBuilder(analyzer, names);
  }

  /** For each article, the best passages of its body for {@code text} (its opening when nothing matches). */
  public List<List<String>> snippets(String text, boolean variants, List<Article> articles) throws IOException {
    if (articles.isEmpty()) {
      return List.of();
    }
    try (Page page = new Page(articles)) {
      int[] docIds = new int[articles.size()];
      Arrays.setAll(docIds, i -> i);
      String[] bodies = articles.stream().map(Article::body).toArray(String[]::new);
      return Arrays.asList(new Snippets(page.highlighter()).body(query(text, variants), docIds, bodies));
    }
  }

  /** The article with its title and text marked where {@code text} matches (nothing marked when it does not). */
  public ArticleHighlighter.Highlighted article(Article article, String text, boolean variants) throws IOException {
    try (Page page = new Page(List.of(article))) {
      return new ArticleHighlighter(page.searcher, page.highlighter()).highlight(article, 0, query(text, variants));
    }
  }

  /** The text query the cluster ran (over every analysis suffix, as the plugin's query type does by default). */
  private Query query(String text, boolean variants) {
    return queries.textQuery(text, Schema.SUFFIXES, variants);
  }

  /** The articles as documents 0, 1, ... of a one-segment in-memory index with only their analyzed text. */
  private final class Page implements AutoCloseable {
    final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    final DirectoryReader reader;
    final IndexSearcher searcher;

    Page(List<Article> articles) throws IOException {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Article article : articles) {
          Document doc = new Document();
          ArticleDocuments.addAnalyzedText(doc, article);
          writer.addDocument(doc);
        }
        writer.commit();
      }
      this.reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
    }

    /** The embedded highlighter over this page, every analyzed field masked (a document holds only its language's). */
    UnifiedHighlighter.Builder highlighter() {
      Map<String, Set<String>> masked = Map.of(Schema.TITLE, Set.copyOf(Schema.analyzedFields(Schema.TITLE)),
          Schema.BODY, Set.copyOf(Schema.analyzedFields(Schema.BODY)));
      return MaskedHighlighter.builder(searcher, masked, analyzer);
    }

    @Override
    public void close() throws IOException {
      try (directory) {
        reader.close();
      }
    }
  }
}
