package org.newssearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newssearch.index.Facet;
import org.newssearch.search.SearchResult.Expansion;

/**
 * The search form ({@code searchform.jte}): query box, comparison queries, dates, sort and chart interval.
 * The source and language filters ride along as hidden fields (and show as removable chips), so a new
 * query keeps them.
 *
 * @param size the page size to keep (a hidden field), or null
 * @param group the folding of copies to keep (a hidden field: {@code none} shows every copy), or null
 * @param compareOpen whether the comparison boxes start unfolded (they do when one is filled in)
 * @param filters the chosen sources and languages
 * @param exact whether names are searched only as written (the "exact spelling" box, {@code variants=off})
 * @param alsoSearched the names of the query also searched in other spellings, said under the box
 * @param exactUrl the same search with names only as written, or null when there is nothing to turn off
 */
public record SearchForm(
    String query, String from, String to, List<Option> sorts, List<Option> intervals, String size, String group,
    boolean compareOpen, List<CompareBox> compare, List<Filter> filters, boolean exact, List<AlsoSearched> alsoSearched,
    String exactUrl) {

  /** A name of the query and the other spellings searched with it: "泽连斯基: 澤倫斯基, Zelensky, …". */
  public record AlsoSearched(String text, String variants) {}

  /** One choice in a select. */
  public record Option(String value, String label, boolean selected) {}

  /** One comparison query box; {@code number} is its query's place on the chart (2 to 4). */
  public record CompareBox(int number, String value) {}

  /**
   * A chosen facet value: a hidden field ({@code name}, {@code value}) and a chip that shows
   * {@code label: shown} (a language by its name) and links to {@code removeUrl}, the same view without it.
   */
  public record Filter(String name, String label, String value, String shown, String removeUrl) {}

  private static final List<Option> SORTS = List.of(
      new Option("relevance", "Best match", false), new Option("date", "Newest first", false),
      new Option("date_asc", "Oldest first", false));
  private static final List<Option> INTERVALS = List.of(
      new Option("", "Chart: automatic", false), new Option("day", "per day", false),
      new Option("week", "per week", false), new Option("month", "per month", false),
      new Option("year", "per year", false));

  static SearchForm of(PageState state) {
    List<String> compared = state.all("compare");
    List<CompareBox> boxes = new ArrayList<>();
    for (int i = 0; i < PageState.MAX_COMPARED - 1; i++) {
      boxes.add(new CompareBox(i + 2, i < compared.size() ? compared.get(i) : ""));
    }
    List<Filter> filters = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      for (String value : state.all(facet.field)) {
        String shown = FacetLabels.shown(facet, value);
        filters.add(new Filter(facet.field, facet.label.toLowerCase(Locale.ROOT), value, shown,
            state.minus(facet.field, value).url()));
      }
    }
    String size = state.first("size");
    String group = state.first(PageState.GROUP);
    return new SearchForm(state.first("q"), state.first("from"), state.first("to"),
        chosen(SORTS, state.first("sort")), chosen(INTERVALS, state.first("interval")), size.isEmpty() ? null : size,
        group.isEmpty() ? null : group, !compared.isEmpty(), boxes, filters,
        state.first(PageState.VARIANTS).equals("off"), List.of(), null);
  }

  /** This form saying which names were also searched in other spellings, with a link to search them exactly. */
  SearchForm alsoSearching(List<Expansion> expansions, PageState state) {
    if (expansions.isEmpty()) {
      return this;
    }
    List<AlsoSearched> also = expansions.stream()
        .map(e -> new AlsoSearched(e.text(), String.join(", ", e.variants()))).toList();
    return new SearchForm(query, from, to, sorts, intervals, size, group, compareOpen, compare, filters, exact, also,
        state.with(PageState.VARIANTS, "off").url());
  }

  private static List<Option> chosen(List<Option> options, String value) {
    return options.stream().map(o -> new Option(o.value(), o.label(), o.value().equals(value))).toList();
  }
}
