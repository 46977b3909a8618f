package org.newssearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newssearch.index.Facet;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * The facet sidebar ({@code facets.jte}): each value of each {@link Facet} is a link that ticks it (narrowing;
 * several ticked in one facet mean any of them) or, when ticked, unticks it (widening); each date bucket
 * narrows the dates to its period, and "any date" widens them again. The counts are shown as the search
 * gives them.
 */
public record FacetSidebar(List<Group> groups) {

  /**
   * One facet: a heading and its values.
   *
   * @param any the link that clears this facet ("any source"), or null when nothing in it is chosen
   */
  public record Group(String dim, String heading, Link any, List<Value> values, Link more, Finder finder) {}

  /**
   * The box that narrows a facet listed whole to the values containing some text: a GET form that
   * carries the rest of the page's state as hidden fields (no script: the page has none).
   *
   * @param hidden the page's other parameters, as name and value
   * @param fewer the link back to the facet's top values
   */
  public record Finder(String label, String value, List<Hidden> hidden, Link fewer) {}

  /** A hidden field of a form. */
  public record Hidden(String name, String value) {}

  /**
   * One value and its count.
   *
   * @param href the view with this value ticked or unticked, or null when it cannot be chosen (shown as text)
   * @param lang the value as a {@code lang} attribute (for languages), or null
   */
  public record Value(String label, long count, String href, boolean selected, String lang) {}

  /** Values a facet lists before its "all N" link, unless it is the one listed whole. */
  static final int SHOWN = 10;

  static FacetSidebar of(Map<String, List<FacetCount>> counts, Map<String, Integer> cardinality, PageState state) {
    List<Group> groups = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      addValues(groups, counts, cardinality.getOrDefault(facet.field, 0), state, facet);
    }
    addDates(groups, counts, state);
    return new FacetSidebar(groups);
  }

  private static void addValues(List<Group> groups, Map<String, List<FacetCount>> all, int cardinality,
      PageState state, Facet facet) {
    String dim = facet.field;
    boolean whole = state.first(PageState.ALL).equals(dim);
    String find = whole ? state.first(PageState.FIND).toLowerCase(Locale.ROOT) : "";
    List<FacetCount> counts = all.getOrDefault(dim, List.of()).stream()
        .filter(count -> count.value().toLowerCase(Locale.ROOT).contains(find))
        .limit(whole ? Long.MAX_VALUE : SHOWN).collect(Collectors.toCollection(ArrayList::new));
    // A ticked value with no match under the other filters still needs its untick link.
    for (String chosen : state.all(dim)) {
      if (counts.stream().noneMatch(c -> c.value().equals(chosen))) {
        counts.add(new FacetCount(chosen, 0));
      }
    }
    if (counts.isEmpty() && !whole) {
      return; // a facet listed whole keeps its box, even when no value contains the text
    }
    Link any = state.all(dim).isEmpty() ? null
        : new Link(state.with(dim, null).url(), "any " + facet.label.toLowerCase(Locale.ROOT));
    List<Value> values = new ArrayList<>();
    for (FacetCount count : counts) {
      boolean chosen = state.has(dim, count.value());
      PageState target = chosen ? state.minus(dim, count.value()) : state.plus(dim, count.value());
      boolean lang = facet == Facet.LANG; // shown by name, in its own language
      values.add(new Value(FacetLabels.shown(facet, count.value()), count.count(), target.url(), chosen,
          lang ? count.value() : null));
    }
    String name = facet.label.toLowerCase(Locale.ROOT);
    Link more = !whole && cardinality > counts.size()
        ? new Link(state.with(PageState.ALL, dim).with(PageState.FIND, null).url(), "all " + cardinality) : null;
    groups.add(new Group(dim, facet.label, any, values, more, whole ? finder(state, name) : null));
  }

  private static Finder finder(PageState state, String name) {
    List<Hidden> hidden = new ArrayList<>();
    state.without(PageState.FIND).forEach((param, values) -> values.forEach(v -> hidden.add(new Hidden(param, v))));
    Link fewer = new Link(state.with(PageState.ALL, null).with(PageState.FIND, null).url(), "top " + SHOWN);
    return new Finder("Find a " + name, state.first(PageState.FIND), hidden, fewer);
  }

  private static void addDates(List<Group> groups, Map<String, List<FacetCount>> all, PageState state) {
    List<FacetCount> counts = all.getOrDefault("date", List.of());
    boolean dated = !state.first("from").isEmpty() || !state.first("to").isEmpty();
    if (counts.isEmpty() && !dated) {
      return;
    }
    PageState undated = state.with("from", null).with("to", null);
    List<Value> values = new ArrayList<>();
    for (FacetCount count : counts) {
      DateHistogram.Bucket range = DateHistogram.bucket(count.value()).orElse(null);
      if (range == null) {
        values.add(new Value(PeriodNames.of(count.value()), count.count(), null, false, null));
        continue;
      }
      boolean chosen = state.first("from").equals(range.first().toString())
          && state.first("to").equals(range.last().toString());
      PageState target = chosen ? undated
          : state.with("from", range.first().toString()).with("to", range.last().toString());
      values.add(new Value(PeriodNames.of(count.value()), count.count(), target.url(), chosen, null));
    }
    groups.add(new Group("date", "Date", dated ? new Link(undated.url(), "any date") : null, values, null, null));
  }
}
