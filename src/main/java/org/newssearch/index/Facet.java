package org.newssearch.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newssearch.ingest.Article;
import org.newssearch.names.EntityMentions;
import org.newssearch.outlets.Outlet;
import org.newssearch.outlets.OutletRegistry;

/**
 * The facet dimensions, the one list that the writer, the searcher, the API, the command line and the
 * form read. Each is a keyword field of the same name: indexed (searchable as {@code name:value} and
 * filtered by the URL parameter {@code name=value}), stored, and counted per value in every search's
 * {@code facets} and in the form's sidebar.
 *
 * <p>To add one: an entry here saying where its values come from in {@link Article}, and its case in
 * {@code FacetRegistryTest}. Nothing else names it (see docs/architecture.md, "Add a facet").
 */
public enum Facet {
  /** The outlet: one per article. */
  SOURCE("source", "Source", article -> List.of(article.source())),
  /** The detected language: one per article. */
  LANG("lang", "Language", article -> List.of(article.lang())),
  /** Quality flags such as {@code spam-suspected}: any number per article. */
  FLAG("flag", "Quality flag", Article::flags),
  /** Where the outlet is based (ISO 3166-1 alpha-2), from the outlet registry; none when unknown. */
  COUNTRY("country", "Country", article -> outlet(article).flatMap(Outlet::countryIfKnown).stream().toList()),
  /**
   * Who owns or controls the outlet ({@code state-media}, ...), from the outlet registry; none when
   * unknown.
   */
  OUTLET_TYPE("outlet_type", "Outlet type",
      article -> outlet(article).flatMap(Outlet::typeIfKnown).map(type -> type.code).stream().toList()),
  /**
   * The people, places and organisations of the gazetteer that the title or body mentions, in any
   * spelling ({@code volodymyr-zelensky}, {@code country:ua}), from the mentions the command line
   * installed (see {@link EntityMentions#installed}); none in a generation older than schema 5.
   */
  ENTITY("entity", "People and places", article -> EntityMentions.installed().in(article));

  /** The field, query-syntax field, URL parameter, command-line option and JSON key. */
  public final String field;
  /** The heading people read (the form's sidebar). */
  public final String label;
  private final Function<Article, Collection<String>> values;

  Facet(String field, String label, Function<Article, Collection<String>> values) {
    this.field = field;
    this.label = label;
    this.values = values;
  }

  /** This facet's values for an article (none when it has none). */
  public Collection<String> valuesOf(Article article) {
    return values.apply(article);
  }

  /** The article's outlet in the registry the command line installed (see {@link OutletRegistry#installed}). */
  private static Optional<Outlet> outlet(Article article) {
    return OutletRegistry.installed().find(article.source());
  }

  /** The facet with this field name, if any. */
  public static Optional<Facet> named(String field) {
    return Arrays.stream(values()).filter(facet -> facet.field.equals(field)).findFirst();
  }

  /** Every facet's field name, in the order the API lists them. */
  public static List<String> fields() {
    return Arrays.stream(values()).map(facet -> facet.field).toList();
  }

  /** Every facet field name in a set, for membership tests. */
  public static Set<String> fieldSet() {
    return Set.copyOf(fields());
  }
}
