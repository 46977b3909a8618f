package org.newssearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newssearch.index.Facet;
import org.newssearch.search.SearchRequest;

/**
 * The state of the search page, all of it in the URL: every link the page draws is this state with
 * one change, written in one canonical parameter order, so the same view always has the same URL.
 */
final class PageState {

  /** The facet whose every value the sidebar lists, and the text its values are narrowed to. */
  static final String ALL = "all";
  static final String FIND = "find";
  /**
   * Whether copies collapse: the form folds them unless {@code group=none} (the API only with {@code
   * group=copies}). Groups measured on a real corpus: docs/evaluation.md, "Syndicated copies".
   */
  static final String GROUP = "group";
  /** Whether names are searched in every spelling: on unless {@code variants=off} (the form's "exact spelling"). */
  static final String VARIANTS = "variants";
  /** What the chart's bars show: count or share. */
  static final String MEASURE = "measure";
  /** The filters: one parameter per facet ({@link Facet}), then the dates. */
  static final List<String> FILTERS = concat(Facet.fields(), List.of("from", "to"));
  /** The parameters the page understands, in the order its URLs write them; others are dropped. */
  static final List<String> NAMES =
      concat(List.of("q", "compare"), FILTERS, List.of("sort", "size", GROUP, VARIANTS, "interval", MEASURE, "page", ALL, FIND));
  /** The parameters that change which articles match (and so send the reader back to page 1). */
  private static final List<String> NARROWING = concat(List.of("q", "compare"), FILTERS, List.of("sort", "size", VARIANTS));
  /** Most queries one chart compares (the search's own query and three more). */
  static final int MAX_COMPARED = 4;

  private final Map<String, List<String>> params;

  private PageState(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The state a request's query parameters describe; blank values and unknown names are dropped. */
  static PageState of(Map<String, List<String>> query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String name : NAMES) {
      List<String> values = new ArrayList<>();
      for (String value : query.getOrDefault(name, List.of())) {
        if (value != null && !value.isBlank() && !values.contains(value.strip())) {
          values.add(value.strip());
        }
      }
      if (!values.isEmpty()) {
        params.put(name, List.copyOf(values));
      }
    }
    return new PageState(params);
  }

  /**
   * Whether {@code query} is this state's URL as it writes it: no empty, repeated, padded or unknown
   * parameter (what a submitted form sends: {@code from=&to=&interval=&compare=}).
   */
  boolean writtenAs(Map<String, List<String>> query) {
    return new HashMap<>(params).equals(new HashMap<>(query));
  }

  boolean isEmpty() {
    return params.isEmpty();
  }

  /** The first value of {@code name}, or {@code ""}. */
  String first(String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  boolean has(String name, String value) {
    return all(name).contains(value);
  }

  /** The queries the chart compares: the search's own, then each {@code compare}, at most four. */
  List<String> chartQueries() {
    List<String> queries = new ArrayList<>();
    if (!first("q").isEmpty()) {
      queries.add(first("q"));
    }
    for (String other : all("compare")) {
      if (queries.size() < MAX_COMPARED && !queries.contains(other)) {
        queries.add(other);
      }
    }
    return queries;
  }

  /** This state with one more value of {@code name} (narrowing: back to page 1). */
  PageState plus(String name, String value) {
    List<String> values = new ArrayList<>(all(name));
    if (!values.contains(value)) {
      values.add(value);
    }
    return replaced(name, values);
  }

  /** This state without one value of {@code name} (widening: back to page 1). */
  PageState minus(String name, String value) {
    List<String> values = new ArrayList<>(all(name));
    values.remove(value);
    return replaced(name, values);
  }

  /** This state with {@code name} set to exactly {@code value}, or removed when it is null. */
  PageState with(String name, String value) {
    return replaced(name, value == null ? List.of() : List.of(value));
  }

  private PageState replaced(String name, List<String> values) {
    Map<String, List<String>> next = new LinkedHashMap<>();
    for (String n : NAMES) {
      List<String> v = n.equals(name) ? values : all(n);
      // Any change of what matches starts again at page 1; turning the page keeps everything else.
      if (n.equals("page") && NARROWING.contains(name)) {
        continue;
      }
      if (!v.isEmpty()) {
        next.put(n, List.copyOf(v));
      }
    }
    return new PageState(next);
  }

  /** The parameters for the search itself (what {@code SearchRequest.fromParams} reads). */
  Map<String, List<String>> searchParams() {
    Map<String, List<String>> params = only(concat(List.of("q"), FILTERS, List.of("sort", "size", VARIANTS, "page")));
    // One hit per story unless every copy is asked for; the API's default is the other way round.
    params.put(GROUP, List.of(first(GROUP).equals("none") ? "none" : "copies"));
    if (!first(ALL).isEmpty()) {
      params.put("facetSize", List.of(Integer.toString(SearchRequest.MAX_FACET_SIZE)));
    }
    return params;
  }

  /** The parameters of an export of every match: the search's, without its page. */
  Map<String, List<String>> exportParams() {
    return only(concat(List.of("q"), FILTERS, List.of("sort", VARIANTS)));
  }

  /** Whether any filter (a facet value or a date) narrows the matches. */
  boolean filtered() {
    return FILTERS.stream().anyMatch(name -> !all(name).isEmpty());
  }

  /** This state without any filter. */
  PageState unfiltered() {
    PageState state = this;
    for (String name : FILTERS) {
      state = state.with(name, null);
    }
    return state;
  }

  /** This state's parameters but {@code name}, in canonical order (the hidden fields of a form that sets it). */
  Map<String, List<String>> without(String name) {
    return only(NAMES.stream().filter(n -> !n.equals(name)).toList());
  }

  /** Only the named parameters of this state, in canonical order. */
  Map<String, List<String>> only(List<String> names) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      if (names.contains(name)) {
        out.put(name, values);
      }
    });
    return out;
  }

  /** The search page's URL for this state. */
  String url() {
    return "/" + queryString(params, "?");
  }

  /** {@code path} followed by this state's parameters (to carry the results' state to an article and back). */
  String url(String path) {
    return path + queryString(params, "?");
  }

  /** {@code ?a=1&b=2} for {@code params} (each value encoded), or {@code ""} when there are none. */
  static String queryString(Map<String, List<String>> params, String lead) {
    StringBuilder out = new StringBuilder();
    params.forEach((name, values) -> values.forEach(value ->
        out.append(out.isEmpty() ? lead : "&").append(encode(name)).append('=').append(encode(value))));
    return out.toString();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
