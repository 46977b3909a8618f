package org.newssearch.analysis;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Converts Traditional Chinese (standard, Taiwan and Hong Kong forms and vocabulary) to Simplified,
 * by phrases first and characters second, with offsets corrected wherever a replacement changes
 * length, so that highlights land on the original characters.
 *
 * <p>The OpenCC conversion chain (regional forms to standard Traditional, then Traditional to
 * Simplified) is flattened into one table at start-up, so one longest-match pass over a trie
 * ({@link NormalizeCharMap} is an FST) does both stages.
 */
public final class TraditionalToSimplified {

  private static final NormalizeCharMap MAP = build();

  private TraditionalToSimplified() {}

  /** Wraps {@code input} so that it reads as Simplified Chinese. */
  public static CharFilter filter(Reader input) {
    return new MappingCharFilter(MAP, input);
  }

  /** Converts a whole string (for tests, language detection and evaluation). */
  public static String convert(String text) {
    return Table.INSTANCE.convert(text);
  }

  private static NormalizeCharMap build() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    Table.INSTANCE.entries.forEach(builder::add);
    return builder.build();
  }

  /** The flattened table, also usable without Lucene for whole strings. */
  static final class Table {
    /** Regional forms to standard Traditional: Taiwan, then Hong Kong (OpenCC tw2s and hk2s). */
    private static final List<String> REGIONAL_PHRASES =
        List.of("TWPhrasesRev.txt", "TWVariantsRevPhrases.txt", "HKVariantsRevPhrases.txt");

    private static final List<String> REGIONAL_VARIANTS = List.of("TWVariants.txt", "HKVariants.txt");

    static final Table INSTANCE = new Table();

    final Map<String, String> entries = new LinkedHashMap<>();
    private final int longestKey;

    private Table() {
      Map<String, String> toSimplified = new LinkedHashMap<>(OpenccTables.read("TSPhrases.txt"));
      OpenccTables.read("TSCharacters.txt").forEach(toSimplified::putIfAbsent);
      Map<String, String> regional = new LinkedHashMap<>();
      REGIONAL_PHRASES.forEach(name -> OpenccTables.read(name).forEach(regional::putIfAbsent));
      REGIONAL_VARIANTS.forEach(name -> OpenccTables.reversed(name).forEach(regional::putIfAbsent));
      int longest = toSimplified.keySet().stream().mapToInt(String::length).max().orElse(1);
      entries.putAll(toSimplified);
      longestKey = Math.max(longest, regional.keySet().stream().mapToInt(String::length).max().orElse(1));
      Table simplifiedOnly = new Table(toSimplified, longest);
      regional.forEach((key, traditional) -> entries.putIfAbsent(key, simplifiedOnly.convert(traditional)));
      entries.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
    }

    private Table(Map<String, String> entries, int longestKey) {
      this.entries.putAll(entries);
      this.longestKey = longestKey;
    }

    /** Greedy longest match, the same policy as {@link MappingCharFilter}. */
    String convert(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        int matched = 0;
        for (int len = Math.min(longestKey, text.length() - i); len > 0; len--) {
          String replacement = entries.get(text.substring(i, i + len));
          if (replacement != null) {
            out.append(replacement);
            matched = len;
            break;
          }
        }
        if (matched == 0) {
          out.append(text.charAt(i));
          matched = 1;
        }
        i += matched;
      }
      return out.toString();
    }
  }
}
