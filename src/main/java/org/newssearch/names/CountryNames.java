package org.newssearch.names;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries and territories in all five language forms, from the Unicode CLDR data that ICU4J ships
 * ({@link ULocale#getDisplayCountry}): mainland, Taiwan and Hong Kong Chinese, English, Russian and
 * Ukrainian. Their ids are {@code country:} and the ISO 3166 code ({@code country:UA}); the gazetteer
 * file adds the short and colloquial forms CLDR lacks (沙特, 沙烏地, USA).
 */
final class CountryNames {

  /** The locale whose display names fill each form. */
  private static final Map<SpellingForm, ULocale> LOCALES = Map.of(
      SpellingForm.ZH_CN, new ULocale("zh_Hans_CN"), SpellingForm.ZH_TW, new ULocale("zh_Hant_TW"),
      SpellingForm.ZH_HK, new ULocale("zh_Hant_HK"), SpellingForm.EN, ULocale.ENGLISH,
      SpellingForm.RU, new ULocale("ru"), SpellingForm.UK, new ULocale("uk"));
  private static final List<SpellingForm> ORDER = List.of(
      SpellingForm.ZH_CN, SpellingForm.ZH_TW, SpellingForm.ZH_HK, SpellingForm.EN, SpellingForm.RU, SpellingForm.UK);

  private CountryNames() {}

  /** Every territory CLDR names, with its display names (a name equal to the bare code is left out). */
  static List<Entity> entities() {
    List<Entity> entities = new ArrayList<>();
    for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
      String code = region.toString();
      ULocale place = new ULocale("und_" + code);
      Map<String, List<String>> spellings = new LinkedHashMap<>();
      for (SpellingForm form : ORDER) {
        String name = place.getDisplayCountry(LOCALES.get(form));
        if (!name.isBlank() && !name.equals(code)) {
          spellings.put(form.tag, split(name));
        }
      }
      if (!spellings.isEmpty()) {
        entities.add(new Entity(id(code), EntityType.PLACE, spellings));
      }
    }
    return entities;
  }

  /**
   * {@code Myanmar (Burma)} is two spellings, Myanmar and Burma; {@code Гонконг (САР)} is Гонконг (an
   * abbreviation in brackets qualifies the name); {@code Виргинские о-ва (США)} is one spelling, whole
   * (a name of several words is qualified, not renamed: США alone is the United States). A name without
   * brackets is one.
   */
  static List<String> split(String name) {
    int open = name.indexOf(" (");
    if (open < 0 || !name.endsWith(")") || name.substring(0, open).strip().contains(" ")) {
      return List.of(name);
    }
    String outside = name.substring(0, open).strip();
    String inside = name.substring(open + 2, name.length() - 1).strip();
    return inside.equals(inside.toUpperCase(java.util.Locale.ROOT)) ? List.of(outside) : List.of(outside, inside);
  }

  static String id(String code) {
    return "country:" + code.toLowerCase(java.util.Locale.ROOT);
  }
}
