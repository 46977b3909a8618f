package org.newssearch.ingest;

import org.newssearch.analysis.ChineseScript;

/**
 * Detects an article's language from its letters: Han (Simplified or Traditional), Cyrillic
 * (Ukrainian or Russian by their own letters), Latin; {@code und} when it cannot tell.
 */
public final class LanguageDetector {

  private static final int SAMPLE_CHARS = 4000;

  private LanguageDetector() {}

  /** A BCP 47 tag: zh-Hans, zh-Hant, en, ru, uk or und. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int han = 0;
    int cyrillic = 0;
    int latin = 0;
    int ukrainianOnly = 0;
    int russianOnly = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case HAN -> han++;
        case CYRILLIC -> {
          cyrillic++;
          char lower = Character.toLowerCase(c);
          if ("іїєґ".indexOf(lower) >= 0) {
            ukrainianOnly++;
          } else if ("ыэъё".indexOf(lower) >= 0) {
            russianOnly++;
          }
        }
        case LATIN -> latin++;
        default -> {}
      }
    }
    // Han characters carry a word's meaning alone, so they count about as much as three letters.
    if (han * 3 >= cyrillic && han * 3 >= latin && han > 0) {
      return ChineseScript.isTraditional(sample) ? "zh-Hant" : "zh-Hans";
    }
    if (cyrillic > latin) {
      return ukrainianOnly > russianOnly ? "uk" : "ru";
    }
    return latin > 0 ? "en" : "und";
  }
}
