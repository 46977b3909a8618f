package org.newssearch.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The analysis family of each language: which analyzers index an article's text.
 *
 * <p>To add a language: add a constant with its field suffix and analyzer, and map its tags in
 * {@link #forLanguage(String)}.
 */
public enum LanguageAnalyzers {
  /** Chinese in either script: smartcn words and CJK bigrams over Simplified text. */
  CHINESE("zh", "cjk"),
  ENGLISH("en"),
  RUSSIAN("ru"),
  UKRAINIAN("uk"),
  /** Any other language: Unicode word boundaries, lower case, CJK bigrams. Never dropped. */
  NEUTRAL("std");

  private final String[] suffixes;

  LanguageAnalyzers(String... suffixes) {
    this.suffixes = suffixes;
  }

  /** Field suffixes for this family: {@code title.zh}, {@code body.cjk}, ... */
  public String[] suffixes() {
    return suffixes.clone();
  }

  /** The family for a language tag such as {@code zh-Hant} or {@code ru}. */
  public static LanguageAnalyzers forLanguage(String lang) {
    String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT).split("-")[0];
    return switch (primary) {
      case "zh" -> CHINESE;
      case "en" -> ENGLISH;
      case "ru" -> RUSSIAN;
      case "uk" -> UKRAINIAN;
      default -> NEUTRAL;
    };
  }

  /** A new analyzer for a field suffix; analyzers are reusable across documents but not threads' states. */
  public static Analyzer forSuffix(String suffix) {
    return switch (suffix) {
      case "zh" -> new ChineseWordAnalyzer();
      case "cjk" -> new ChineseBigramAnalyzer();
      case "en" -> new EnglishAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "uk" -> new UkrainianMorfologikAnalyzer();
      case "std" -> new NeutralAnalyzer();
      default -> throw new IllegalArgumentException("unknown analysis suffix: " + suffix + "; known: zh, cjk, en, ru, uk, std");
    };
  }
}
