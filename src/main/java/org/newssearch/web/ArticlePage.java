package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import org.newssearch.ingest.Article;
import org.newssearch.search.ArticleHighlighter.Highlighted;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchService;

/**
 * The article view at {@code /articles/{id}}: the whole cleaned text with the query's matches marked,
 * its metadata and provenance, and a link back to the results it was opened from. The results' state
 * rides in its query string, so the view is a permalink too.
 */
final class ArticlePage {

  private final SearchService search;

  ArticlePage(SearchService search) {
    this.search = search;
  }

  void render(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    PageState state = PageState.of(ctx.queryParamMap());
    StringBuilder html = new StringBuilder(32_768);
    String problem = null;
    Optional<Highlighted> found;
    try {
      found = search.highlightedArticle(id, state.first("q"));
    } catch (BadRequestException e) {
      // The query came from the URL: show the article unmarked rather than no article.
      problem = "The matches are not marked: " + e.getMessage() + ".";
      found = search.highlightedArticle(id, "");
    }
    if (found.isEmpty()) {
      Layout.open(html, "No such article - newssearch");
      Layout.message(html, "error", "No article has the id \u201c" + id + "\u201d.",
          "It may have been removed by a rebuild of the index; search for its title instead.");
      appendBack(html, state);
      Layout.close(html);
      Layout.send(ctx, 404, html);
      return;
    }
    Highlighted article = found.get();
    Layout.open(html, article.article().title() + " - newssearch");
    appendBack(html, state);
    if (problem != null) {
      Layout.message(html, "error", problem, "Back to the results to correct the query.");
    }
    appendArticle(html, article);
    appendBack(html, state);
    Layout.close(html);
    Layout.send(ctx, 200, html);
  }

  private static void appendBack(StringBuilder html, PageState state) {
    html.append("<p class=\"back\"><a rel=\"up\" href=\"").append(escape(state.url())).append("\">\u2190 ")
        .append(state.isEmpty() ? "New search" : "Back to the results").append("</a></p>");
  }

  private static void appendArticle(StringBuilder html, Highlighted highlighted) {
    Article a = highlighted.article();
    String lang = a.lang().equals("und") ? "" : " lang=\"" + escape(a.lang()) + "\"";
    html.append("<article class=\"full\"><h1").append(lang).append('>').append(highlighted.titleHtml()).append("</h1>");
    html.append("<dl class=\"provenance\">");
    item(html, "Outlet", escape(a.source()), "source");
    if (a.origin() != null) {
      item(html, "Origin", escape(a.origin()), "origin");
    }
    item(html, "Published", escape(a.published() == null ? "undated" : ResultsView.readableDate(a.published().iso())),
        "date");
    item(html, "Language", escape(a.lang()), "lang");
    if (a.author() != null) {
      item(html, "Author", escape(a.author()), "author");
    }
    if (Layout.isWebUrl(a.url())) {
      item(html, "URL", "<a href=\"" + escape(a.url()) + "\" rel=\"noopener noreferrer nofollow\">"
          + escape(a.url()) + "</a>", "url");
    } else if (a.url() != null) {
      item(html, "URL", escape(a.url()) + " (not a web address: not a link)", "url");
    }
    item(html, "Raw file", escape(a.file() == null ? "unknown" : a.file()), "file");
    if (!a.flags().isEmpty()) {
      item(html, "Flags", escape(String.join(", ", a.flags().stream().sorted().toList())), "flags");
    }
    item(html, "Id", "<a href=\"/api/articles/" + escape(PageState.encode(a.id())) + "\">" + escape(a.id())
        + "</a> (JSON)", "id");
    html.append("</dl><div class=\"body\"").append(lang).append('>');
    // The body is escaped with only our <mark> as markup; paragraphs are its lines.
    boolean open = false; // a mark that spans a line break is closed and reopened, so every <p> is whole
    for (String paragraph : highlighted.bodyHtml().split("\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(open ? "<mark>" : "").append(paragraph);
        open = paragraph.lastIndexOf("<mark>") > paragraph.lastIndexOf("</mark>")
            || (open && !paragraph.contains("</mark>"));
        html.append(open ? "</mark>" : "").append("</p>");
      }
    }
    html.append("</div></article>");
  }

  /** One metadata row; {@code valueHtml} is already escaped. */
  private static void item(StringBuilder html, String name, String valueHtml, String cssClass) {
    html.append("<dt>").append(name).append("</dt><dd class=\"").append(cssClass).append("\">").append(valueHtml)
        .append("</dd>");
  }
}
