package org.newssearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with facet counts.
 *
 * @param query the query text as received
 * @param total exact number of matching articles
 * @param tookMs time taken
 * @param hits this page
 * @param facets counts per facet (source, lang, ...; at most {@code facetSize} values each, most
 *     matches first) and per date bucket, following every filter
 * @param facetCardinality per facet, how many values have matches (more than {@code facets} lists
 *     when it is cut at {@code facetSize})
 * @param stories with {@code group=copies}, how many stories (copy groups) the matches tell, the
 *     count its pages are numbered by; else {@code null}
 * @param nextCursor position after this page, or {@code null} when it is the last
 * @param expansions the names of the query that were also searched in other spellings (none with
 *     {@code variants=off})
 */
public record SearchResult(
    String query, long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
    Map<String, Integer> facetCardinality, Long stories, String nextCursor, List<Expansion> expansions) {

  /**
   * A name of the query searched in all its spellings.
   *
   * @param text the name as the query wrote it
   * @param entity the gazetteer's id of the person, place or organisation
   * @param variants its other spellings, also searched
   */
  public record Expansion(String text, String entity, List<String> variants) {}

  /**
   * One matching article.
   *
   * @param snippets HTML-escaped passages; only {@code <mark>} and {@code </mark>} are markup
   * @param copyGroup its copy group (the id of the story's earliest article), or null in an index built
   *     before copies were grouped
   * @param copies how many other articles are copies of it
   * @param copiesIn with {@code group=copies}, the outlets of its copies, earliest first (at most
   *     {@link #COPY_OUTLETS}); else empty
   */
  public record Hit(String id, String title, String source, String lang, String date, String url, float score,
      List<String> snippets, String copyGroup, long copies, List<String> copiesIn) {

    /** Outlets of a hit's copies named at most. */
    public static final int COPY_OUTLETS = 5;
  }

  /** A facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
