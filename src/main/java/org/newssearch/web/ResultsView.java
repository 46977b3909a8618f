package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchResult.FacetCount;
import org.newssearch.search.SearchResult.Hit;

/** The results part of the form page: facet sidebar, total, hits with snippets. */
final class ResultsView {

  private final SearchResult result;
  private final Map<String, List<String>> params;

  ResultsView(SearchResult result, Map<String, List<String>> params) {
    this.result = result;
    this.params = params;
  }

  void appendTo(StringBuilder html) {
    html.append("<aside>");
    for (String dim : List.of("source", "lang", "date")) {
      appendFacet(html, dim, result.facets().getOrDefault(dim, List.of()));
    }
    html.append("</aside><section><p class=\"total\">").append(result.total()).append(" articles (")
        .append(result.tookMs()).append(" ms)</p>");
    if (result.hits().isEmpty()) {
      html.append("<p class=\"empty\">No article matches. Try fewer words, or OR between them.</p>");
    }
    html.append("<ol class=\"hits\">");
    for (Hit hit : result.hits()) {
      html.append("<li class=\"hit\"><a href=\"/api/articles/").append(escape(FormPage.encode(hit.id()))).append("\">")
          .append(escape(hit.title())).append("</a><div class=\"meta\">").append(escape(hit.source()))
          .append(" · ").append(escape(hit.date() == null ? "undated" : hit.date())).append(" · ")
          .append(escape(hit.lang())).append("</div>");
      for (String snippet : hit.snippets()) {
        html.append("<p class=\"snippet\">").append(snippet).append("</p>"); // escaped, only <mark> is markup
      }
      html.append("</li>");
    }
    html.append("</ol></section>");
  }

  private void appendFacet(StringBuilder html, String dim, List<FacetCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    html.append("<h2>").append(dim).append("</h2><ul class=\"facet facet-").append(dim).append("\">");
    for (FacetCount count : counts) {
      html.append("<li>");
      if (dim.equals("date")) {
        html.append(escape(count.value()));
      } else {
        html.append("<a href=\"").append(escape(linkWith(dim, count.value()))).append("\">")
            .append(escape(count.value())).append("</a>");
      }
      html.append(" <span class=\"count\">").append(count.count()).append("</span></li>");
    }
    html.append("</ul>");
  }

  /** This page's URL narrowed to one more facet value. */
  private String linkWith(String dim, String value) {
    List<String> parts = new ArrayList<>();
    params.forEach((name, values) -> {
      if (!name.equals("page") && !name.equals("cursor")) {
        values.forEach(v -> parts.add(FormPage.encode(name) + "=" + FormPage.encode(v)));
      }
    });
    parts.add(FormPage.encode(dim) + "=" + FormPage.encode(value));
    return "/?" + String.join("&", parts);
  }
}
