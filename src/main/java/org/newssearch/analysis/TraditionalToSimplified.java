package org.newssearch.analysis;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds full-width and half-width forms and converts Traditional Chinese (standard, Taiwan and Hong Kong forms and vocabulary) to Simplified,
 * by phrases first and characters second, with offsets corrected wherever a replacement changes
 * length, so that highlights land on the original characters.
 *
 * <p>OpenCC's conversion chains (tw2sp and hk2sp: regional phrases and variants to standard
 * Traditional, then Traditional phrases and characters to Simplified; CJK compatibility ideographs to
 * their unified forms), preceded by width folding ({@link WidthFolding}), are flattened into one table
 * at start-up, so one greedy longest-match pass over a {@link ReplacementTrie} does every stage. To add a table: vendor it under
 * {@code src/main/resources/opencc/}, list it below and in {@code NOTICE}.
 */
public final class TraditionalToSimplified {

  private TraditionalToSimplified() {}

  /** Wraps {@code input} so that it reads as width-folded Simplified Chinese, offsets corrected. */
  public static CharFilter filter(Reader input) {
    return new TraditionalToSimplifiedFilter(Table.INSTANCE.trie, input);
  }

  /** The flattened table, key -> Simplified replacement (for comparisons and script detection). */
  public static Map<String, String> table() {
    return java.util.Collections.unmodifiableMap(Table.INSTANCE.entries);
  }

  /** Converts a whole string (for tests, language detection and evaluation). */
  public static String convert(String text) {
    return Table.INSTANCE.convert(text);
  }

  /** The flattened table and its trie. */
  static final class Table {
    /** Regional vocabulary (軟體, 飛彈, 伊利諾) to standard Traditional (tw2sp, hk2sp). */
    private static final List<String> REGIONAL_VOCABULARY = List.of("TWPhrasesRev.txt", "HKPhrasesRev.txt");

    /** Our own supplement (飛彈 -> 导弹, 雷射 -> 激光): regional words OpenCC lacks. */
    private static final String CURATED = "newssearch-regional-words.txt";

    /** Phrases that fix or protect a regional variant character (名著 keeps its 著). */
    private static final List<String> REGIONAL_VARIANT_PHRASES =
        List.of("TWVariantsRevPhrases.txt", "HKVariantsRevPhrases.txt");

    /** Regional character variants, shipped Traditional -> regional: read backwards. */
    private static final List<String> REGIONAL_VARIANTS = List.of("TWVariants.txt", "HKVariants.txt");

    static final Table INSTANCE = new Table();

    final Map<String, String> entries = new LinkedHashMap<>();
    private final ReplacementTrie trie;

    private Table() {
      // TSPhrases' identity entries (乾坤 -> 乾坤) stay: they stop the character table (乾 -> 干).
      Map<String, String> toSimplified = new LinkedHashMap<>(OpenccTables.read("TSPhrases.txt"));
      OpenccTables.read("TSCharacters.txt").forEach(toSimplified::putIfAbsent);
      ReplacementTrie standard = new ReplacementTrie(toSimplified);
      Map<String, String> regional = new LinkedHashMap<>();
      // Compatibility ideographs (U+F900...) are the same characters under another code point.
      OpenccTables.read("CJK_Compatibility_Ideographs.txt").forEach(regional::putIfAbsent);
      // Our curated words first: they are applied as written.
      OpenccTables.read(CURATED).forEach(regional::putIfAbsent);
      MainlandWords mainland = new MainlandWords();
      REGIONAL_VOCABULARY.forEach(name -> OpenccTables.read(name).forEach((key, value) -> {
        String asSimplified = convert(standard, key);
        // A key already Simplified (建立) or whose characters make a common mainland word (裝置 ->
        // 装置) is mainland usage too: rewriting it would split one word into two. Only truly
        // regional words (軟體 -> 软件, 飛彈 -> 导弹) are rewritten.
        if (!asSimplified.equals(key) && !mainland.isCommonWord(asSimplified)) {
          regional.putIfAbsent(key, value);
          // The replacement written out in the text (烏茲別克斯坦) must not be extended again.
          regional.putIfAbsent(value, value);
        }
      }));
      REGIONAL_VARIANT_PHRASES.forEach(name -> OpenccTables.read(name).forEach((key, value) -> {
        regional.putIfAbsent(key, value);
        // The same protection for the phrase written in Simplified (显著 keeps its 著 like 顯著).
        regional.putIfAbsent(convert(standard, key), value);
      }));
      REGIONAL_VARIANTS.forEach(name -> OpenccTables.reversed(name).forEach(regional::putIfAbsent));
      // Width folding comes first in the chain; no OpenCC key holds a full- or half-width form.
      entries.putAll(WidthFolding.table());
      toSimplified.forEach(entries::putIfAbsent);
      // Second stage of the chain applied to the first stage's output, so one pass does both.
      regional.forEach((key, traditional) -> entries.putIfAbsent(key, convert(standard, traditional)));
      // Single characters that map to themselves protect nothing.
      entries.entrySet().removeIf(e -> e.getKey().length() == 1 && e.getKey().equals(e.getValue()));
      trie = new ReplacementTrie(entries);
    }

    String convert(String text) {
      return convert(trie, text);
    }

    private static String convert(ReplacementTrie trie, String text) {
      char[] chars = text.toCharArray();
      StringBuilder out = new StringBuilder(chars.length);
      int i = 0;
      while (i < chars.length) {
        ReplacementTrie.Node match = trie.startsKey(chars[i]) ? trie.longestMatch(chars, i, chars.length) : null;
        if (match == null) {
          out.append(chars[i++]);
        } else {
          out.append(match.replacement);
          i += match.depth;
        }
      }
      return out.toString();
    }
  }
}
