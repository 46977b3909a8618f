package org.newssearch.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The analysis family of each language: which analyzed fields an article's text gets, and their
 * analyzers. The schema's fields ({@code title.cjk}, {@code body.en}, ...), the query fields and the
 * query-time analyzers all come from this list.
 *
 * <p>To add a language: a constant with its primary language tag and its field suffix and analyzer
 * (and a rule that detects it in {@code ingest/LanguageDetector}; docs/architecture.md, "Add a
 * language").
 */
public enum LanguageAnalyzers {
  /**
   * Chinese in either script: CJK bigrams over Simplified text. Bigrams alone find every run of Han
   * characters as written and rank known items as well as smartcn words did, at half the cost of
   * indexing both (docs/benchmarks.md, "Index schema"); the word chain stays in
   * {@link ChineseWordAnalyzer} for the segmentation evaluation.
   */
  CHINESE("zh", field("cjk", ChineseBigramAnalyzer::new)),
  ENGLISH("en", field("en", EnglishAnalyzer::new)),
  RUSSIAN("ru", field("ru", RussianAnalyzer::new)),
  UKRAINIAN("uk", field("uk", UkrainianMorfologikAnalyzer::new)),
  /** Any other language: Unicode word boundaries, lower case, CJK bigrams. Never dropped. */
  NEUTRAL("", field("std", NeutralAnalyzer::new));

  /** One analyzed field of a family: its suffix ({@code body.} + suffix) and how it is analyzed. */
  private record AnalyzedField(String suffix, Supplier<Analyzer> analyzer) {}

  private final String tag;
  private final AnalyzedField[] fields;

  LanguageAnalyzers(String tag, AnalyzedField... fields) {
    this.tag = tag;
    this.fields = fields;
  }

  private static AnalyzedField field(String suffix, Supplier<Analyzer> analyzer) {
    return new AnalyzedField(suffix, analyzer);
  }

  /** Field suffixes for this family: {@code title.cjk}, {@code body.en}, ... */
  public String[] suffixes() {
    return Arrays.stream(fields).map(AnalyzedField::suffix).toArray(String[]::new);
  }

  /** Every family's suffixes, in the order of this list (the order queries search them). */
  public static List<String> allSuffixes() {
    return Arrays.stream(values()).flatMap(family -> Arrays.stream(family.suffixes())).toList();
  }

  /** The family for a language tag such as {@code zh-Hant} or {@code ru}; {@link #NEUTRAL} for any other. */
  public static LanguageAnalyzers forLanguage(String lang) {
    String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT).split("-")[0];
    return Arrays.stream(values()).filter(family -> family.tag.equals(primary)).findFirst().orElse(NEUTRAL);
  }

  /** A new analyzer for a field suffix; analyzers are reusable across documents but not threads' states. */
  public static Analyzer forSuffix(String suffix) {
    return Arrays.stream(values()).flatMap(family -> Arrays.stream(family.fields))
        .filter(field -> field.suffix.equals(suffix)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown analysis suffix: " + suffix + "; known: "
            + String.join(", ", allSuffixes())))
        .analyzer().get();
  }
}
