package org.newssearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;

/**
 * Marks a query's matches in the whole title and text of one article, for the article view. Like
 * {@link Snippets}, the matches come from the analyzed fields, whose offsets point into the
 * original text, so a Simplified query marks the right characters of a Traditional article.
 */
public final class ArticleHighlighter {

  /** Articles longer than this are marked up to here and shown plain after (a scraper's runaway page). */
  private static final int MAX_CHARS = 2_000_000;

  /**
   * An article with its title and body as HTML: escaped, with {@code <mark>} around each match and no
   * other markup; the body keeps its newlines between paragraphs.
   */
  public record Highlighted(Article article, String titleHtml, String bodyHtml) {}

  private final IndexSearcher searcher;
  private final MaskedHighlighter highlighter;

  ArticleHighlighter(IndexView view, Analyzer analyzer) {
    this(view.searcher, MaskedHighlighter.builder(view, analyzer));
  }

  ArticleHighlighter(IndexSearcher searcher, UnifiedHighlighter.Builder builder) {
    this.searcher = searcher;
    this.highlighter = new MaskedHighlighter(builder
        // One passage that is the whole text: every match is marked, not only the best few.
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(MAX_CHARS));
  }

  /** The article with this id and {@code textQuery}'s matches marked, if indexed. */
  Optional<Highlighted> highlight(String id, Query textQuery) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    return Optional.of(highlight(ArticleDocuments.toArticle(searcher.storedFields().document(doc)), doc, textQuery));
  }

  /** {@code article}, document {@code doc} of the searcher, with {@code textQuery}'s matches marked. */
  Highlighted highlight(Article article, int doc, Query textQuery) throws IOException {
    // The stored text is encoded (StoredText): the highlighter is given it decoded.
    Map<String, Object[]> byField = highlighter.highlight(new String[] {Schema.TITLE, Schema.BODY}, textQuery,
        new int[] {doc}, new int[] {1, 1}, Map.of(doc, Map.of(Schema.TITLE, article.title(), Schema.BODY, article.body())));
    return new Highlighted(article,
        marked(byField.get(Schema.TITLE), article.title()), marked(byField.get(Schema.BODY), article.body()));
  }

  @SuppressWarnings("unchecked")
  private static String marked(Object[] perDoc, String plain) {
    if (perDoc == null || perDoc[0] == null || ((List<String>) perDoc[0]).isEmpty()) {
      return Html.escape(plain);
    }
    String html = ((List<String>) perDoc[0]).get(0);
    // The highlighter stops at MAX_CHARS; the rest is shown unmarked rather than dropped.
    return plain.length() > MAX_CHARS ? html + Html.escape(plain.substring(MAX_CHARS)) : html;
  }
}
