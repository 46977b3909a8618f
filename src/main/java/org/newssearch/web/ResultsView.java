package org.newssearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;

/**
 * The results column ({@code results.jte}): total and time taken, attention over time, the hits with
 * their snippets (or what to try when there are none), pagination, and the links to script this view.
 */
public final class ResultsView {

  /**
   * One hit.
   *
   * @param lang the hit's language as a {@code lang} attribute, or null when undetermined
   * @param href the article page, carrying this view's state
   * @param original the article at its outlet, or null when its URL is not an http(s) address
   * @param snippets passages with the matches marked
   * @param copies "and 3 copies in: 新华网, 中新网", or null when none are folded into this hit
   */
  public record Hit(String lang, String href, String title, String source, String date, String language,
      String original, List<MarkedHtml> snippets, String copies) {}

  /**
   * An entry in the page links: a link, the current page ({@code current}), or a gap ({@code href} null).
   *
   * @param rel prev or next for the neighbouring pages, else null
   */
  public record PageLink(String text, String href, String rel, boolean current) {}

  private final SearchResult result;
  private final SearchRequest request;
  private final PageState state;
  private final AttentionChart chart;
  private final Message chartProblem;
  private final String chartInterval;

  /**
   * @param chart the chart, or null when there is none (no query) or it could not be drawn
   * @param chartProblem why the chart could not be drawn, or null
   * @param chartInterval the chart's interval, for the link to its numbers
   */
  ResultsView(SearchResult result, SearchRequest request, PageState state, AttentionChart chart,
      Message chartProblem, String chartInterval) {
    this.result = result;
    this.request = request;
    this.state = state;
    this.chart = chart;
    this.chartProblem = chartProblem;
    this.chartInterval = chartInterval;
  }

  /** "21 articles", or with copies folded "4 stories in 21 articles". */
  public String total() {
    String articles = result.total() + (result.total() == 1 ? " article" : " articles");
    return result.stories() == null ? articles
        : result.stories() + (result.stories() == 1 ? " story in " : " stories in ") + articles;
  }

  /** What the pages hold: hits, or stories when copies are folded. */
  private long listed() {
    return result.stories() == null ? result.total() : result.stories();
  }

  public long tookMs() {
    return result.tookMs();
  }

  public int page() {
    return request.page();
  }

  /** How many pages the results fill, as far as page numbers reach (deeper, the API's cursor walks). */
  public int pages() {
    long pages = (listed() + request.size() - 1) / request.size();
    return (int) Math.min(pages, SearchRequest.MAX_DEPTH / request.size());
  }

  /** Whether the summary says which page this is. */
  public boolean paged() {
    return result.total() > 0 && pages() > 1;
  }

  public AttentionChart chart() {
    return chart;
  }

  public Message chartProblem() {
    return chartProblem;
  }

  /** The number of the first hit on this page. */
  public int first() {
    return (request.page() - 1) * request.size() + 1;
  }

  public boolean hasHits() {
    return !result.hits().isEmpty();
  }

  public List<Hit> hits() {
    return result.hits().stream().map(this::hit).toList();
  }

  private Hit hit(SearchResult.Hit hit) {
    String lang = hit.lang() == null || hit.lang().equals("und") ? null : hit.lang();
    // Snippets come escaped from the search layer (SnippetFormatter): only its <mark> is markup.
    List<MarkedHtml> snippets = hit.snippets().stream().map(MarkedHtml::new).toList();
    return new Hit(lang, state.url("/articles/" + PageState.encode(hit.id())), hit.title(), hit.source(),
        readableDate(hit.date()), LanguageNames.of(hit.lang()), Layout.isWebUrl(hit.url()) ? hit.url() : null, snippets,
        hit.copiesIn().isEmpty() ? null : "and " + hit.copies() + (hit.copies() == 1 ? " copy" : " copies") + " in: "
            + String.join(", ", hit.copiesIn()) + (hit.copies() > hit.copiesIn().size() ? ", …" : ""));
  }

  /** What the page says when it shows no hit: past the last page, or nothing matches. */
  public Message empty() {
    if (result.total() > 0) {
      return Message.empty("This page is past the last result.",
          "There are " + result.total() + " results; the first page is linked below.");
    }
    String q = state.first("q");
    return Message.empty("No article matches " + (q.isEmpty() ? "these filters."
        : "\u201c" + q + "\u201d" + (state.filtered() ? " under these filters." : ".")),
        "Try fewer words, OR between alternatives, a shorter phrase, or a word* prefix.");
  }

  /** Past the last page: the first page of the same view; else null. */
  /** The link that shows every copy of a story, or folds them again. */
  public Link grouping() {
    return request.groupCopies() ? new Link(state.with(PageState.GROUP, "none").url(), "show every copy")
        : new Link(state.with(PageState.GROUP, null).url(), "one hit per story");
  }

  public String firstPageUrl() {
    return result.total() > 0 ? state.with("page", null).url() : null;
  }

  /** Nothing matches under filters: the same query without them; else null. */
  public String unfilteredUrl() {
    return state.filtered() ? state.unfiltered().url() : null;
  }

  /** Previous, the first, up to three pages either side of this one, the last, next; empty for one page. */
  public List<PageLink> pageLinks() {
    int pages = pages();
    int page = request.page();
    List<PageLink> out = new ArrayList<>();
    if (pages <= 1) {
      return out;
    }
    if (page > 1) {
      out.add(pageLink(page - 1, "\u2190 Previous", "prev"));
    }
    int from = Math.max(1, page - 3);
    int to = Math.min(pages, page + 3);
    if (from > 1) {
      out.add(pageLink(1, "1", null));
      if (from > 2) {
        out.add(new PageLink("\u2026", null, null, false));
      }
    }
    for (int p = from; p <= to; p++) {
      out.add(p == page ? new PageLink(Integer.toString(p), null, null, true) : pageLink(p, Integer.toString(p), null));
    }
    if (to < pages) {
      if (to < pages - 1) {
        out.add(new PageLink("\u2026", null, null, false));
      }
      out.add(pageLink(pages, Integer.toString(pages), null));
    }
    if (page < pages) {
      out.add(pageLink(page + 1, "Next \u2192", "next"));
    }
    return out;
  }

  private PageLink pageLink(int page, String text, String rel) {
    return new PageLink(text, state.with("page", page == 1 ? null : Integer.toString(page)).url(), rel, false);
  }

  /** This page as JSON. */
  public String searchJsonUrl() {
    return "/api/search" + PageState.queryString(state.searchParams(), "?");
  }

  /** The chart's numbers as JSON, or null when there is no chart query. */
  public String timelineJsonUrl() {
    List<String> charted = state.chartQueries();
    if (charted.isEmpty()) {
      return null;
    }
    return "/api/timeline" + charted.stream().map(q -> "q=" + PageState.encode(q)).collect(Collectors.joining("&", "?", ""))
        + PageState.queryString(state.only(PageState.FILTERS), "&")
        + (request.groupCopies() ? "&group=copies" : "") + "&interval=" + PageState.encode(chartInterval);
  }

  /** Every match as a file: {@code format} is csv or jsonl. */
  public String exportUrl(String format) {
    return "/api/export?format=" + format
        + PageState.queryString(state.exportParams(), "&");
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
