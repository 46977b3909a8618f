package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import java.util.List;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchResult.Hit;

/** The results column: total and time taken, the hits with their snippets, pagination, and the links to script it. */
final class ResultsView {

  private final SearchResult result;
  private final SearchRequest request;
  private final PageState state;

  ResultsView(SearchResult result, SearchRequest request, PageState state) {
    this.result = result;
    this.request = request;
    this.state = state;
  }

  /** How many pages the results fill, as far as page numbers reach (deeper, the API's cursor walks). */
  int pages() {
    long pages = (result.total() + request.size() - 1) / request.size();
    return (int) Math.min(pages, SearchRequest.MAX_DEPTH / request.size());
  }

  void appendSummary(StringBuilder html) {
    html.append("<p class=\"summary\" id=\"summary\"><strong class=\"total\">").append(result.total())
        .append(result.total() == 1 ? " article" : " articles").append("</strong> <span class=\"took\">(")
        .append(result.tookMs()).append(" ms)</span>");
    if (result.total() > 0 && pages() > 1) {
      html.append(" · page ").append(request.page()).append(" of ").append(pages());
    }
    html.append("</p>");
  }

  void appendHits(StringBuilder html) {
    if (result.hits().isEmpty()) {
      appendEmpty(html);
      return;
    }
    int first = (request.page() - 1) * request.size() + 1;
    html.append("<ol class=\"hits\" start=\"").append(first).append("\">");
    for (Hit hit : result.hits()) {
      String lang = hit.lang() == null || hit.lang().equals("und") ? "" : " lang=\"" + escape(hit.lang()) + "\"";
      html.append("<li class=\"hit\"><h3").append(lang).append("><a class=\"title\" href=\"")
          .append(escape(state.url("/articles/" + PageState.encode(hit.id())))).append("\">")
          .append(escape(hit.title())).append("</a></h3><div class=\"meta\"><span class=\"source\">")
          .append(escape(hit.source())).append("</span><span class=\"date\">").append(escape(readableDate(hit.date())))
          .append("</span><span class=\"lang\">").append(escape(hit.lang())).append("</span>");
      if (Layout.isWebUrl(hit.url())) {
        html.append("<span><a href=\"").append(escape(hit.url()))
            .append("\" rel=\"noopener noreferrer nofollow\">original</a></span>");
      }
      html.append("</div>");
      for (String snippet : hit.snippets()) {
        // Snippets come escaped from the search layer: only its <mark> is markup.
        html.append("<p class=\"snippet\"").append(lang).append('>').append(snippet).append("</p>");
      }
      html.append("</li>");
    }
    html.append("</ol>");
    appendPages(html);
  }

  private void appendEmpty(StringBuilder html) {
    if (result.total() > 0) {
      Layout.message(html, "empty", "This page is past the last result.",
          "There are " + result.total() + " results; the first page is linked below.");
      html.append("<p><a href=\"").append(escape(state.with("page", null).url())).append("\">First page</a></p>");
      return;
    }
    Layout.message(html, "empty", "No article matches " + (state.first("q").isEmpty() ? "these filters."
        : "\u201c" + state.first("q") + "\u201d" + (hasFilters() ? " under these filters." : ".")),
        "Try fewer words, OR between alternatives, a shorter phrase, or a word* prefix.");
    html.append("<ul class=\"suggestions\">");
    if (hasFilters()) {
      PageState unfiltered = state.with("source", null).with("lang", null).with("from", null).with("to", null);
      html.append("<li><a href=\"").append(escape(unfiltered.url())).append("\">Search again without the source, ")
          .append("language and date filters</a></li>");
    }
    html.append("<li><a href=\"/help\">How to write a query</a></li></ul>");
  }

  private boolean hasFilters() {
    return !state.all("source").isEmpty() || !state.all("lang").isEmpty()
        || !state.first("from").isEmpty() || !state.first("to").isEmpty();
  }

  private void appendPages(StringBuilder html) {
    int pages = pages();
    int page = request.page();
    if (pages <= 1) {
      return;
    }
    html.append("<nav class=\"pages\" aria-label=\"Pages\">");
    if (page > 1) {
      html.append(pageLink(page - 1, "\u2190 Previous", "prev"));
    }
    int from = Math.max(1, page - 3);
    int to = Math.min(pages, page + 3);
    if (from > 1) {
      html.append(pageLink(1, "1", null)).append(from > 2 ? "<span>\u2026</span>" : "");
    }
    for (int p = from; p <= to; p++) {
      html.append(p == page ? "<span aria-current=\"page\">" + p + "</span>" : pageLink(p, Integer.toString(p), null));
    }
    if (to < pages) {
      html.append(to < pages - 1 ? "<span>\u2026</span>" : "").append(pageLink(pages, Integer.toString(pages), null));
    }
    if (page < pages) {
      html.append(pageLink(page + 1, "Next \u2192", "next"));
    }
    html.append("</nav>");
  }

  private String pageLink(int page, String text, String rel) {
    PageState target = state.with("page", page == 1 ? null : Integer.toString(page));
    return "<a href=\"" + escape(target.url()) + "\"" + (rel == null ? "" : " rel=\"" + rel + "\"") + ">" + text + "</a>";
  }

  /** Links that turn this view into scripts: this page as JSON, the chart's numbers, every match as a file. */
  void appendApiLinks(StringBuilder html, String chartInterval) {
    String search = PageState.queryString(state.searchParams(), "?");
    String export = PageState.queryString(state.only(List.of("q", "source", "lang", "from", "to", "sort")), "&");
    html.append("<p class=\"links\">Use this view in a script: <a class=\"api\" href=\"/api/search")
        .append(escape(search)).append("\">JSON of this page</a> ");
    List<String> charted = state.chartQueries();
    if (!charted.isEmpty()) {
      StringBuilder timeline = new StringBuilder();
      charted.forEach(q -> timeline.append(timeline.isEmpty() ? "?" : "&").append("q=").append(PageState.encode(q)));
      timeline.append(PageState.queryString(state.only(List.of("source", "lang", "from", "to")), "&"))
          .append("&interval=").append(PageState.encode(chartInterval));
      html.append("<a class=\"api-timeline\" href=\"/api/timeline").append(escape(timeline.toString()))
          .append("\">JSON of the chart</a>");
    }
    html.append(" Export every match: <a class=\"export-csv\" href=\"/api/export?format=csv").append(escape(export))
        .append("\">CSV</a> <a class=\"export-jsonl\" href=\"/api/export?format=jsonl").append(escape(export))
        .append("\">JSONL</a></p>");
  }

  /** {@code 2025-05-17T23:20:15+08:00} as {@code 2025-05-17 23:20 +08:00}: the outlet's own clock, easier to read. */
  static String readableDate(String iso) {
    if (iso == null || iso.isBlank()) {
      return "undated";
    }
    if (iso.length() >= 16 && iso.charAt(10) == 'T') {
      String offset = iso.length() > 19 ? " " + iso.substring(19) : "";
      return iso.substring(0, 10) + " " + iso.substring(11, 16) + offset;
    }
    return iso;
  }
}
