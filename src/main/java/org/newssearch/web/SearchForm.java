package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import java.util.List;

/**
 * The search form: query box, comparison queries, dates, sort and chart interval. The source and
 * language filters ride along as hidden fields (and show as removable chips), so a new query keeps them.
 */
final class SearchForm {

  private static final List<String[]> SORTS = List.of(
      new String[] {"relevance", "Best match"}, new String[] {"date", "Newest first"},
      new String[] {"date_asc", "Oldest first"});
  private static final List<String[]> INTERVALS = List.of(
      new String[] {"", "Chart: automatic"}, new String[] {"day", "per day"}, new String[] {"week", "per week"},
      new String[] {"month", "per month"}, new String[] {"year", "per year"});

  private SearchForm() {}

  static void appendTo(StringBuilder html, PageState state) {
    html.append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\"><div class=\"row\">")
        .append("<input class=\"query\" type=\"search\" name=\"q\" aria-label=\"Query\" value=\"")
        .append(escape(state.first("q")))
        .append("\" placeholder=\"泽连斯基 · &quot;乌克兰危机&quot; · 普京 OR 特朗普\">")
        .append("<button type=\"submit\">Search</button>")
        .append("<a href=\"/help\">Query syntax</a></div><div class=\"row\">")
        .append(dateInput("from", "From", state.first("from")))
        .append(dateInput("to", "To", state.first("to")))
        .append(select("sort", "Sort", SORTS, state.first("sort")))
        .append(select("interval", "Attention over time", INTERVALS, state.first("interval")));
    if (!state.first("size").isEmpty()) {
      hidden(html, "size", state.first("size"));
    }
    html.append("</div>");
    appendCompare(html, state);
    appendFilters(html, state);
    html.append("</form>");
  }

  private static void appendCompare(StringBuilder html, PageState state) {
    List<String> compared = state.all("compare");
    html.append("<details class=\"compare\"").append(compared.isEmpty() ? "" : " open")
        .append("><summary>Compare queries on the chart (up to ").append(PageState.MAX_COMPARED - 1)
        .append(" more)</summary>");
    for (int i = 0; i < PageState.MAX_COMPARED - 1; i++) {
      String value = i < compared.size() ? compared.get(i) : "";
      html.append("<input type=\"search\" name=\"compare\" aria-label=\"Compare with query ").append(i + 2)
          .append("\" value=\"").append(escape(value)).append("\">");
    }
    html.append("</details>");
  }

  /** Chosen sources and languages: kept as hidden fields, shown as chips whose link removes them. */
  private static void appendFilters(StringBuilder html, PageState state) {
    StringBuilder chips = new StringBuilder();
    for (String dim : List.of("source", "lang")) {
      for (String value : state.all(dim)) {
        hidden(html, dim, value);
        chips.append("<li>").append(dim.equals("lang") ? "language" : dim).append(": ").append(escape(value))
            .append(" <a href=\"").append(escape(state.minus(dim, value).url()))
            .append("\" aria-label=\"Remove ").append(escape(dim + " " + value)).append("\">×</a></li>");
      }
    }
    if (!chips.isEmpty()) {
      html.append("<ul class=\"chips\" aria-label=\"Filters\">").append(chips).append("</ul>");
    }
  }

  private static void hidden(StringBuilder html, String name, String value) {
    html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">");
  }

  private static String dateInput(String name, String label, String value) {
    return "<label>" + label + " <input type=\"date\" name=\"" + name + "\" value=\"" + escape(value) + "\"></label>";
  }

  private static String select(String name, String label, List<String[]> options, String chosen) {
    StringBuilder out = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name).append("\">");
    for (String[] option : options) {
      out.append("<option value=\"").append(option[0]).append('"')
          .append(option[0].equals(chosen) ? " selected" : "").append('>').append(option[1]).append("</option>");
    }
    return out.append("</select></label>").toString();
  }
}
