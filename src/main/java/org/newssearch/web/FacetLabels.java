package org.newssearch.web;

import java.util.List;
import org.newssearch.index.Facet;
import org.newssearch.names.Entity;
import org.newssearch.names.Gazetteer;

/**
 * How a facet value is shown: a language by its own name (中文（简体）), a person or place by its
 * mainland Chinese name, else its English one (the facet's value is the gazetteer's id); any other
 * value as it is.
 */
final class FacetLabels {

  /** The spelling forms an entity is shown in, first found first. */
  private static final List<String> SHOWN_FORMS = List.of("zh-CN", "en");

  private FacetLabels() {}

  static String shown(Facet facet, String value) {
    return switch (facet) {
      case LANG -> LanguageNames.of(value);
      case ENTITY -> Gazetteer.shipped().entity(value).map(FacetLabels::name).orElse(value);
      default -> value;
    };
  }

  private static String name(Entity entity) {
    for (String form : SHOWN_FORMS) {
      List<String> spellings = entity.spellings().get(form);
      if (spellings != null && !spellings.isEmpty()) {
        return spellings.get(0);
      }
    }
    return entity.id();
  }
}
