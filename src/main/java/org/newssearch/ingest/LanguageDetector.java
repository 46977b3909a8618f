package org.newssearch.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newssearch.analysis.ChineseScript;

/**
 * Detects an article's language from its letters and most common words: Han (Simplified or
 * Traditional by characters found in only one script), kana (ja), Hangul (ko), Cyrillic (Ukrainian or
 * Russian by their own letters and function words), Latin (English by its function words);
 * {@code und} when it cannot tell, and such articles are indexed with the neutral analyzer.
 *
 * <p>Measured by {@code ./newssearch eval langdetect} (docs/evaluation.md). A library (lingua) was
 * weighed and left out: it adds about 100 MB of models and seconds of start-up, for languages this
 * detector already tells apart by script at over 99.9%. To add a language: count its distinctive
 * letters or words below and return its tag.
 */
public final class LanguageDetector {

  private static final int SAMPLE_CHARS = 4000;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /** Latin text with fewer English function words than this share is not called English. */
  private static final double ENGLISH_WORD_SHARE = 0.06;
  /** Below this many Latin words the evidence is too thin to reject English (titles, captions). */
  private static final int FEW_WORDS = 12;

  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
      "was", "with", "as", "by", "it", "at", "he", "from", "be", "has", "have", "are", "said", "its", "an", "were",
      "this", "but", "not", "they", "will", "which", "his", "been", "who", "their", "had", "would", "or");
  private static final Set<String> UKRAINIAN = Set.of("і", "й", "що", "та", "як", "це", "від", "для", "про", "але",
      "він", "вона", "які", "якщо", "його", "її", "також", "був", "була", "було", "щоб", "із", "ще", "між");
  private static final Set<String> RUSSIAN = Set.of("и", "что", "это", "как", "он", "она", "для", "его", "был",
      "была", "было", "также", "если", "или", "который", "которые", "но", "из", "при", "еще", "ещё", "между");

  private LanguageDetector() {}

  /** A BCP 47 tag: zh-Hans, zh-Hant, ja, ko, en, ru, uk or und. */
  public static String detect(String text) {
    String sample = text == null ? "" : text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Counts counts = Counts.of(sample);
    // Han characters carry a word's meaning alone, so they count about as much as three letters.
    if (counts.kana > 0 && counts.kana * 5 >= counts.han && counts.kana * 3 > counts.latin + counts.cyrillic) {
      return "ja"; // Japanese mixes kana into Han; Chinese never has more than a stray one
    }
    if (counts.hangul * 3 > counts.latin + counts.cyrillic && counts.hangul >= counts.han) {
      return "ko";
    }
    if (counts.han > 0 && counts.han * 3 >= counts.cyrillic && counts.han * 3 >= counts.latin) {
      return ChineseScript.isTraditional(sample) ? "zh-Hant" : "zh-Hans";
    }
    if (counts.cyrillic > counts.latin) {
      return cyrillic(sample);
    }
    if (counts.latin > 0) {
      return latin(sample);
    }
    return "und";
  }

  private static String cyrillic(String sample) {
    int ukrainian = 0;
    int russian = 0;
    for (int i = 0; i < sample.length(); i++) {
      char lower = Character.toLowerCase(sample.charAt(i));
      if ("іїєґ".indexOf(lower) >= 0) {
        ukrainian++;
      } else if ("ыэъё".indexOf(lower) >= 0) {
        russian++;
      }
    }
    for (String word : words(sample)) {
      if (UKRAINIAN.contains(word)) {
        ukrainian++;
      } else if (RUSSIAN.contains(word)) {
        russian++;
      }
    }
    // Other Cyrillic languages (Bulgarian, Serbian, ...) have neither sign.
    return ukrainian == 0 && russian == 0 ? "und" : ukrainian > russian ? "uk" : "ru";
  }

  private static String latin(String sample) {
    String[] words = words(sample);
    int latinWords = 0;
    int english = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN) {
        latinWords++;
        if (ENGLISH.contains(word)) {
          english++;
        }
      }
    }
    if (latinWords < FEW_WORDS) {
      return "en";
    }
    return english >= latinWords * ENGLISH_WORD_SHARE ? "en" : "und";
  }

  private static String[] words(String sample) {
    return NON_LETTERS.split(sample.toLowerCase(Locale.ROOT));
  }

  /** Letters of each script in a sample. */
  private record Counts(int han, int kana, int hangul, int cyrillic, int latin) {
    static Counts of(String sample) {
      int han = 0;
      int kana = 0;
      int hangul = 0;
      int cyrillic = 0;
      int latin = 0;
      for (int i = 0; i < sample.length(); i++) {
        switch (Character.UnicodeScript.of(sample.charAt(i))) {
          case HAN -> han++;
          case HIRAGANA, KATAKANA -> kana++;
          case HANGUL -> hangul++;
          case CYRILLIC -> cyrillic++;
          case LATIN -> latin++;
          default -> { }
        }
      }
      return new Counts(han, kana, hangul, cyrillic, latin);
    }
  }
}
