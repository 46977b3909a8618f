package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.IndexStats;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchResult.FacetCount;
import org.newssearch.search.SearchService;
import org.newssearch.search.Timeline;

/**
 * The search page at {@code /}: the form, the facet sidebar, attention over time, and the hits. Its
 * whole state is its URL ({@link PageState}); a bad query is a 400 page that says what was wrong.
 */
final class FormPage {

  private final SearchService search;

  FormPage(SearchService search) {
    this.search = search;
  }

  void render(Context ctx) throws IOException {
    PageState state = PageState.of(ctx.queryParamMap());
    StringBuilder html = new StringBuilder(32_768);
    String q = state.first("q");
    Layout.open(html, q.isEmpty() ? "newssearch" : q + " - newssearch");
    SearchForm.appendTo(html, state);
    int status = 200;
    if (state.isEmpty()) {
      appendWelcome(html);
    } else {
      try {
        SearchRequest request = SearchRequest.fromParams(state.searchParams());
        appendResults(html, state, request, search.search(request));
      } catch (BadRequestException e) {
        status = 400; // the page still works: the form keeps what was typed, so it can be corrected
        Layout.message(html, "error", "This search cannot run: " + e.getMessage() + ".", e.detail());
        html.append("<p><a href=\"/help\">How to write a query</a></p>");
      }
    }
    Layout.close(html);
    Layout.send(ctx, status, html);
  }

  private void appendResults(StringBuilder html, PageState state, SearchRequest request, SearchResult result)
      throws IOException {
    ResultsView results = new ResultsView(result, request, state);
    html.append("<div class=\"layout\">");
    new FacetSidebar(result.facets(), state).appendTo(html);
    html.append("<section class=\"results\" aria-label=\"Results\">");
    results.appendSummary(html);
    String interval = chartInterval(state, result.facets().getOrDefault("date", List.of()));
    appendChart(html, state, request, interval);
    results.appendHits(html);
    results.appendApiLinks(html, interval);
    html.append("</section></div>");
  }

  /** The interval asked for, else the one the date facet chose to suit the matches' span, else month. */
  private static String chartInterval(PageState state, List<FacetCount> dates) {
    String asked = state.first("interval");
    if (!asked.isEmpty()) {
      return asked;
    }
    String suiting = dates.isEmpty() ? null : DateBuckets.intervalOf(dates.get(0).value());
    return suiting == null ? "month" : suiting;
  }

  /** The chart of the query and the compared ones, or a message in its place when one cannot run. */
  private void appendChart(StringBuilder html, PageState state, SearchRequest request, String interval)
      throws IOException {
    List<String> queries = state.chartQueries();
    if (queries.isEmpty()) {
      return;
    }
    try {
      Timeline timeline = search.timeline(queries, request, DateHistogram.parse(interval));
      new AttentionChart(timeline, state).appendTo(html);
    } catch (BadRequestException e) {
      Layout.message(html, "error", "The chart cannot be drawn: " + e.getMessage() + ".", e.detail());
    }
  }

  private void appendWelcome(StringBuilder html) throws IOException {
    IndexStats stats = search.stats();
    html.append("<section class=\"welcome\"><p>Search ").append(stats.articles()).append(" articles");
    if (stats.firstDate() != null) {
      html.append(" published from ").append(escape(stats.firstDate())).append(" to ").append(escape(stats.lastDate()));
    }
    html.append(", in Chinese (Simplified and Traditional find each other), English, Russian and Ukrainian.")
        .append(" Examples: <a href=\"/?q=").append(PageState.encode("泽连斯基")).append("\">泽连斯基</a>, ")
        .append("<a href=\"/?q=").append(PageState.encode("普京 OR 特朗普")).append("\">普京 OR 特朗普</a>.</p>");
    if (!stats.sources().isEmpty()) {
      html.append("<h2>Outlets</h2><ul class=\"outlets\">");
      for (FacetCount source : stats.sources()) {
        PageState narrowed = PageState.of(java.util.Map.of()).plus("source", source.value());
        html.append("<li><a href=\"").append(escape(narrowed.url())).append("\">").append(escape(source.value())).append("</a> <span class=\"count\">").append(source.count())
            .append("</span></li>");
      }
      html.append("</ul>");
    }
    html.append("</section>");
  }
}
