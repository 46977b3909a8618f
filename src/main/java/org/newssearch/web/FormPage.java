package org.newssearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchResult.FacetCount;
import org.newssearch.search.SearchBackend;
import org.newssearch.search.Timeline;

/**
 * The search page at {@code /} ({@code search.jte}): the form, the facet sidebar, attention over time, and
 * the hits. Its whole state is its URL ({@link PageState}); a bad query is a 400 page that says what was wrong.
 */
final class FormPage {

  private final SearchBackend search;

  FormPage(SearchBackend search) {
    this.search = search;
  }

  void render(Context ctx) throws IOException {
    PageState state = PageState.of(ctx.queryParamMap());
    if (!state.writtenAs(ctx.queryParamMap())) {
      ctx.redirect(state.url(), HttpStatus.SEE_OTHER); // a clean permalink in the address bar
      return;
    }
    String q = state.first("q");
    String title = q.isEmpty() ? "newssearch" : q + " - newssearch";
    SearchForm form = SearchForm.of(state);
    SearchPageView view;
    int status = 200;
    if (state.isEmpty()) {
      view = new SearchPageView(title, form, Welcome.of(search.stats()), null, null, null);
    } else {
      try {
        SearchRequest request = SearchRequest.fromParams(state.searchParams());
        SearchResult result = search.search(request);
        view = new SearchPageView(title, form.alsoSearching(result.expansions(), state), null, null, FacetSidebar.of(result.facets(), result.facetCardinality(), state),
            results(state, request, result));
      } catch (BadRequestException e) {
        status = 400; // the page still works: the form keeps what was typed, so it can be corrected
        view = new SearchPageView(title, form, null, Message.error("This search cannot run: " + e.getMessage() + ".", e.detail()),
            null, null);
      }
    }
    Layout.send(ctx, status, Layout.render("search.jte", view));
  }

  private ResultsView results(PageState state, SearchRequest request, SearchResult result) throws IOException {
    String interval = chartInterval(state, result.facets().getOrDefault("date", List.of()));
    List<String> queries = state.chartQueries();
    AttentionChart chart = null;
    Message chartProblem = null;
    if (!queries.isEmpty()) {
      try {
        Timeline timeline = search.timeline(queries, request, DateHistogram.parse(interval));
        chart = new AttentionChart(timeline, state);
      } catch (BadRequestException e) {
        chartProblem = Message.error("The chart cannot be drawn: " + e.getMessage() + ".", e.detail());
      }
    }
    return new ResultsView(result, request, state, chart, chartProblem, interval);
  }

  /** The interval asked for, else the one the date facet chose to suit the matches' span, else month. */
  private static String chartInterval(PageState state, List<FacetCount> dates) {
    String asked = state.first("interval");
    if (!asked.isEmpty()) {
      return asked;
    }
    return dates.stream().findFirst().flatMap(date -> DateHistogram.bucket(date.value()))
        .map(bucket -> bucket.interval().name().toLowerCase(Locale.ROOT)).orElse("month");
  }
}
