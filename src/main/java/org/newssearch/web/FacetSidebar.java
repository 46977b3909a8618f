package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * The facet sidebar: each source and language is a link that ticks it (narrowing; several ticked in one
 * facet mean any of them) or, when ticked, unticks it (widening); each date bucket narrows the dates
 * to its period, and "any date" widens them again. The counts are shown as the search gives them.
 */
final class FacetSidebar {

  private final Map<String, List<FacetCount>> facets;
  private final PageState state;

  FacetSidebar(Map<String, List<FacetCount>> facets, PageState state) {
    this.facets = facets;
    this.state = state;
  }

  void appendTo(StringBuilder html) {
    html.append("<aside class=\"facets\" aria-label=\"Narrow the results\">");
    appendValues(html, "source", "Source", "any source");
    appendValues(html, "lang", "Language", "any language");
    appendDates(html);
    html.append("</aside>");
  }

  private void appendValues(StringBuilder html, String dim, String heading, String anyLabel) {
    List<FacetCount> counts = new ArrayList<>(facets.getOrDefault(dim, List.of()));
    // A ticked value with no match under the other filters still needs its untick link.
    for (String chosen : state.all(dim)) {
      if (counts.stream().noneMatch(c -> c.value().equals(chosen))) {
        counts.add(new FacetCount(chosen, 0));
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    html.append("<h2>").append(heading).append("</h2><ul class=\"facet facet-").append(dim).append("\">");
    if (!state.all(dim).isEmpty()) {
      html.append("<li><a class=\"plain\" href=\"").append(escape(state.with(dim, null).url())).append("\">")
          .append(anyLabel).append("</a></li>");
    }
    for (FacetCount count : counts) {
      boolean chosen = state.has(dim, count.value());
      PageState target = chosen ? state.minus(dim, count.value()) : state.plus(dim, count.value());
      appendItem(html, target, chosen, count, dim.equals("lang"));
    }
    html.append("</ul>");
  }

  private void appendDates(StringBuilder html) {
    List<FacetCount> counts = facets.getOrDefault("date", List.of());
    boolean dated = !state.first("from").isEmpty() || !state.first("to").isEmpty();
    if (counts.isEmpty() && !dated) {
      return;
    }
    html.append("<h2>Date</h2><ul class=\"facet facet-date\">");
    if (dated) {
      html.append("<li><a class=\"plain\" href=\"").append(escape(state.with("from", null).with("to", null).url()))
          .append("\">any date</a></li>");
    }
    for (FacetCount count : counts) {
      DateBuckets.Range range = DateBuckets.range(count.value());
      if (range == null) {
        html.append("<li><span>").append(escape(count.value())).append("</span> <span class=\"count\">")
            .append(count.count()).append("</span></li>");
        continue;
      }
      boolean chosen = state.first("from").equals(range.first().toString())
          && state.first("to").equals(range.last().toString());
      PageState target = chosen ? state.with("from", null).with("to", null)
          : state.with("from", range.first().toString()).with("to", range.last().toString());
      appendItem(html, target, chosen, count, false);
    }
    html.append("</ul>");
  }

  private static void appendItem(StringBuilder html, PageState target, boolean chosen, FacetCount count, boolean lang) {
    html.append("<li><a href=\"").append(escape(target.url())).append('"')
        .append(chosen ? " class=\"selected\" aria-current=\"true\"" : "")
        .append(lang ? " lang=\"" + escape(count.value()) + "\"" : "").append('>')
        .append(escape(count.value())).append("</a> <span class=\"count\">").append(count.count()).append("</span></li>");
  }
}
