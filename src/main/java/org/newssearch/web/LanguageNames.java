package org.newssearch.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language tag as its own speakers write its name, from ICU's CLDR data: {@code zh-Hans} is
 * 中文（简体）, {@code zh-Hant} 中文（繁體）, {@code ru} Русский, {@code uk} Українська. Shown where
 * people read; URLs, filters and the API keep the tags.
 */
final class LanguageNames {

  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private LanguageNames() {}

  static String of(String tag) {
    if (tag == null || tag.isBlank() || tag.equals("und")) {
      return "language not determined";
    }
    return NAMES.computeIfAbsent(tag, t -> {
      ULocale locale = ULocale.forLanguageTag(t);
      String name = LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_STANDALONE)
          .localeDisplayName(locale);
      return name.isBlank() ? t : name;
    });
  }
}
