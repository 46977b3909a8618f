package org.newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newssearch.ingest.Article;

/**
 * What the web form, the JSON API and the command line ask of a search engine: the embedded Lucene
 * index ({@link SearchService}) or an OpenSearch cluster ({@code org.newssearch.cluster}).
 */
public interface SearchBackend extends Closeable {

  /** One page of hits with snippets and facets. */
  SearchResult search(SearchRequest request) throws IOException;

  /** Matches per interval for each query, under the filters of {@code filters} (its query text ignored). */
  Timeline timeline(List<String> queryTexts, SearchRequest filters, DateHistogram interval) throws IOException;

  /** The article with this id, if indexed. */
  Optional<Article> article(String id) throws IOException;

  /** The copy group of the article with this id, with its members; empty when no article has the id. */
  Optional<CopyGroup> copyGroup(String articleId) throws IOException;

  /**
   * The article with this id, its title and whole text HTML-escaped with the matches of {@code queryText}
   * marked (nothing marked when the query is blank; a name in every spelling unless {@code variants} is
   * false), for the article view.
   *
   * @throws BadRequestException when {@code queryText} cannot be parsed
   */
  Optional<ArticleHighlighter.Highlighted> highlightedArticle(String id, String queryText, boolean variants)
      throws IOException;

  /** Counts of the whole index: articles, sources, languages, date range, generation. */
  IndexStats stats() throws IOException;

  /** The name of the generation being served. */
  String generation() throws IOException;

  /** Switches to a newly built generation now rather than at the next periodic check. */
  boolean refresh() throws IOException;

  /** Walks every match of {@code request} in its sort order, with no cap. */
  void forEachMatch(SearchRequest request, Consumer<Article> each) throws IOException;
}
