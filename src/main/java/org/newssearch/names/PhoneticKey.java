package org.newssearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sound of a Chinese transliteration of a foreign name: its toneless pinyin (维特科夫 and 威特科夫 are
 * both {@code weitekefu}). Only strings that look like transliterations have a key: at least
 * {@link #MIN_LENGTH} characters, every one of them among the characters Chinese outlets use to spell
 * foreign sounds (斯基夫科维特卢比奥拉洛佩尔 and their kind); ordinary words (which use others, such as 的,
 * 国, 会, 人) have none. The characters and their pinyin are the table {@code names/transliteration-syllables.tsv},
 * made with ICU4J's Han-Latin transliterator and checked against it by the tests: loading that
 * transliterator takes over a second, the table a millisecond.
 */
public final class PhoneticKey {

  /** Shorter strings are too often ordinary words, and two syllables too often collide. */
  public static final int MIN_LENGTH = 3;

  static final String RESOURCE = "/names/transliteration-syllables.tsv";

  private static final Map<Character, String> SYLLABLES = syllables();

  private PhoneticKey() {}

  /** The key of {@code text} (Traditional is read as Simplified), or empty when it does not look like a transliteration. */
  public static Optional<String> of(String text) {
    String simplified = NameKey.of(text);
    if (simplified.codePointCount(0, simplified.length()) < MIN_LENGTH) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < simplified.length(); i++) {
      String syllable = SYLLABLES.get(simplified.charAt(i));
      if (syllable == null) {
        return Optional.empty();
      }
      key.append(syllable);
    }
    return Optional.of(key.toString());
  }

  /** The transliteration characters and their pinyin, as the table gives them. */
  static Map<Character, String> table() {
    return SYLLABLES;
  }

  private static Map<Character, String> syllables() {
    Map<Character, String> syllables = new HashMap<>();
    try (InputStream in = PhoneticKey.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the table " + RESOURCE + " is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] fields = line.split("\t");
          syllables.put(fields[0].charAt(0), fields[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(syllables);
  }
}
