package org.newssearch.web;

import java.util.ArrayList;
import java.util.List;
import org.newssearch.ingest.Article;
import org.newssearch.search.ArticleHighlighter.Highlighted;

/**
 * What the article page ({@code article.jte}) shows: the marked title and body, the metadata and
 * provenance as text, and the link back to the results.
 *
 * @param lang the article's language for the {@code lang} attribute, or null when undetermined
 * @param url the article's address; a link only when {@code urlIsLink} (an http(s) address)
 * @param apiUrl the article as JSON
 * @param paragraphs the body's lines, each a whole paragraph of marked text
 */
public record ArticleView(
    Link back, Message problem, String lang, MarkedHtml title, String plainTitle, String source, String origin,
    String published, String language, String author, String url, boolean urlIsLink, String file, String flags,
    String id, String apiUrl, List<MarkedHtml> paragraphs) {

  /** What the page for an id the index does not have shows ({@code nosucharticle.jte}). */
  public record Missing(Message message, Link back) {}

  static ArticleView of(Highlighted highlighted, Link back, Message problem) {
    Article a = highlighted.article();
    return new ArticleView(back, problem, a.lang().equals("und") ? null : a.lang(),
        new MarkedHtml(highlighted.titleHtml()), a.title(), a.source(), a.origin(),
        a.published() == null ? "undated" : ResultsView.readableDate(a.published().iso()), LanguageNames.of(a.lang()), a.author(),
        a.url(), Layout.isWebUrl(a.url()), a.file() == null ? "unknown" : a.file(),
        a.flags().isEmpty() ? null : String.join(", ", a.flags().stream().sorted().toList()), a.id(),
        "/api/articles/" + PageState.encode(a.id()), paragraphs(highlighted.bodyHtml()));
  }

  /** The page's title: the article's, as plain text. */
  public String pageTitle() {
    return plainTitle + " - newssearch";
  }

  /**
   * The body's non-blank lines as paragraphs. A mark that spans a line break is closed at the end of
   * its line and reopened at the start of the next, so every paragraph is whole markup.
   */
  private static List<MarkedHtml> paragraphs(String bodyHtml) {
    List<MarkedHtml> out = new ArrayList<>();
    boolean open = false;
    for (String line : bodyHtml.split("\n")) {
      if (!line.isBlank()) {
        String reopened = open ? "<mark>" + line : line;
        open = line.lastIndexOf("<mark>") > line.lastIndexOf("</mark>") || (open && !line.contains("</mark>"));
        out.add(new MarkedHtml(open ? reopened + "</mark>" : reopened));
      }
    }
    return out;
  }
}
