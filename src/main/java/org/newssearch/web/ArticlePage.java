package org.newssearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import org.newssearch.search.ArticleHighlighter.Highlighted;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchBackend;

/**
 * The article view at {@code /articles/{id}}: the whole cleaned text with the query's matches marked,
 * its metadata and provenance, and a link back to the results it was opened from. The results' state
 * rides in its query string, so the view is a permalink too.
 */
final class ArticlePage {

  private final SearchBackend search;

  ArticlePage(SearchBackend search) {
    this.search = search;
  }

  void render(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    PageState state = PageState.of(ctx.queryParamMap());
    Link back = new Link(state.url(), state.isEmpty() ? "New search" : "Back to the results");
    Message problem = null;
    Optional<Highlighted> found;
    try {
      found = search.highlightedArticle(id, state.first("q"), !state.first("variants").equals("off"));
    } catch (BadRequestException e) {
      // The query came from the URL: show the article unmarked rather than no article.
      problem = Message.error("The matches are not marked: " + e.getMessage() + ".",
          "Back to the results to correct the query.");
      found = search.highlightedArticle(id, "", false);
    }
    if (found.isEmpty()) {
      Message missing = Message.error("No article has the id \u201c" + id + "\u201d.",
          "It may have been removed by a rebuild of the index; search for its title instead.");
      Layout.send(ctx, 404, Layout.render("nosucharticle.jte", new ArticleView.Missing(missing, back)));
      return;
    }
    Layout.send(ctx, 200, Layout.render("article.jte", ArticleView.of(found.get(), back, problem)));
  }
}
