package org.newssearch.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the entity a spelling names: by the spelling itself in any script or region ({@link NameKey}),
 * else, for a string that looks like a Chinese transliteration, by its sound ({@link PhoneticKey}).
 * What the query parser consults to search a name in every spelling.
 */
public final class NameVariants {

  /** Most words a spelling has ("International Committee of the Red Cross"); a longer one is not looked up. */
  public static final int MAX_WORDS = 6;
  /** Han runs longer than this are not searched for names inside them (a pasted sentence). */
  static final int MAX_RUN = 64;

  /** A name found in a query: the text as typed, the entity, and whether only its sound matched. */
  public record Match(String text, Entity entity, boolean soundAlike) {}

  /** A name inside a run of Han characters: {@code run.substring(start, end)} names {@code entity}. */
  public record Found(int start, int end, Entity entity) {}

  private static NameVariants shipped;

  private final Map<String, Entity> bySpelling = new HashMap<>();
  private final Map<String, List<String>> toSearch = new ConcurrentHashMap<>();
  /** The first words of the spellings of several words ({@code donald} of Donald Trump). */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private final Map<String, Entity> bySound = new HashMap<>();
  private int longestHan;

  private NameVariants(Gazetteer gazetteer) {
    for (Entity entity : gazetteer.entities()) {
      for (String spelling : entity.all()) {
        String key = NameKey.of(spelling);
        if (!key.isEmpty()) {
          bySpelling.put(key, entity);
          if (key.indexOf(' ') > 0) {
            firstWords.add(key.substring(0, key.indexOf(' ')));
          }
          PhoneticKey.of(spelling).ifPresent(sound -> bySound.put(sound, entity));
          if (NameKey.isHan(key)) {
            longestHan = Math.max(longestHan, key.length());
          }
        }
      }
    }
  }

  /** The variants of {@code gazetteer}. */
  public static NameVariants of(Gazetteer gazetteer) {
    return new NameVariants(gazetteer);
  }

  /** The variants of the shipped gazetteer, built once. */
  public static synchronized NameVariants shipped() {
    if (shipped == null) {
      shipped = new NameVariants(Gazetteer.shipped());
    }
    return shipped;
  }

  /** The entity this exact spelling names (any script, case or Chinese region). */
  public Optional<Entity> exact(String spelling) {
    return Optional.ofNullable(bySpelling.get(NameKey.of(spelling)));
  }

  /** Whether some spelling of several words starts with {@code word} (else a name starting there is one word). */
  public boolean startsLongerName(String word) {
    return firstWords.contains(NameKey.of(word));
  }

  /** The entity {@code word} names: by its spelling, else by its sound when it looks like a transliteration. */
  public Optional<Match> lookup(String word) {
    Optional<Entity> exact = exact(word);
    if (exact.isPresent()) {
      return Optional.of(new Match(word, exact.get(), false));
    }
    return PhoneticKey.of(word).map(bySound::get).map(entity -> new Match(word, entity, true));
  }

  /**
   * The names inside a run of Han characters, longest first from left to right, not overlapping
   * ({@code 泽连斯基访问基辅}: 泽连斯基 at 0-4, 基辅 at 6-8).
   */
  public List<Found> within(String run) {
    List<Found> found = new ArrayList<>();
    if (run.length() > MAX_RUN) {
      return found;
    }
    int start = 0;
    while (start < run.length()) {
      Found longest = null;
      for (int end = Math.min(run.length(), start + longestHan); end >= start + 2 && longest == null; end--) {
        Entity entity = bySpelling.get(NameKey.of(run.substring(start, end)));
        if (entity != null) {
          longest = new Found(start, end, entity);
        }
      }
      if (longest != null) {
        found.add(longest);
        start = longest.end();
      } else {
        start++;
      }
    }
    return found;
  }

  /**
   * The spellings of {@code entity} a search needs: one of each that compare alike (澤倫斯基 and
   * 泽伦斯基), and none that holds another (弗拉基米尔·泽连斯基 holds 泽连斯基, Volodymyr Zelensky holds
   * Zelensky: whatever the longer one matches, the shorter one does).
   */
  public List<String> spellingsToSearch(Entity entity) {
    return toSearch.computeIfAbsent(entity.id(), id -> {
      Map<String, String> byKey = new java.util.LinkedHashMap<>();
      entity.all().forEach(s -> byKey.putIfAbsent(NameKey.of(s), s));
      List<String> kept = new ArrayList<>();
      byKey.forEach((key, spelling) -> {
        boolean holdsAnother = byKey.keySet().stream().anyMatch(other -> !other.equals(key) && holds(key, other));
        if (!holdsAnother) {
          kept.add(spelling);
        }
      });
      return List.copyOf(kept);
    });
  }

  /** Whether a spelling (as keyed) holds another: as a substring in Chinese, as whole words otherwise. */
  private static boolean holds(String key, String other) {
    if (NameKey.isHan(other)) {
      return key.contains(other);
    }
    return (" " + key.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + other.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
  }

  /** Whether {@code text} is Chinese: Han ideographs and the dots that join the parts of a name. */
  public static boolean isHan(String text) {
    return NameKey.isHan(text);
  }

  /** Whether two spellings compare alike (Traditional and Simplified, case, width). */
  public static boolean alike(String a, String b) {
    return NameKey.of(a).equals(NameKey.of(b));
  }
}
