package org.newssearch.web;

import java.util.List;
import java.util.Map;
import org.newssearch.index.Facet;
import org.newssearch.search.IndexStats;

/**
 * The search page before any search ({@code welcome.jte}): what the index holds, two example queries,
 * and each outlet as a link to its articles.
 *
 * @param firstDate the earliest publication date, or null when no article has one
 */
public record Welcome(long articles, String firstDate, String lastDate, List<Link> examples, List<Outlet> outlets) {

  /** An outlet: a link to its articles, and how many there are. */
  public record Outlet(String href, String name, long count) {}

  private static final List<String> EXAMPLES = List.of("泽连斯基", "普京 OR 特朗普");

  static Welcome of(IndexStats stats) {
    List<Link> examples = EXAMPLES.stream().map(q -> new Link("/?q=" + PageState.encode(q), q)).toList();
    List<Outlet> outlets = stats.sources().stream()
        .map(s -> new Outlet(PageState.of(Map.of()).plus(Facet.SOURCE.field, s.value()).url(), s.value(), s.count()))
        .toList();
    return new Welcome(stats.articles(), stats.firstDate(), stats.lastDate(), examples, outlets);
  }
}
