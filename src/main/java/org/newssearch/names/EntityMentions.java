package org.newssearch.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newssearch.analysis.TraditionalToSimplified;

/**
 * Which entities of a gazetteer a text mentions, in any spelling: what the {@code entity} facet records
 * for each article at index time (docs/names.md, "The entity facet").
 *
 * <p>The text is made Simplified and width-folded once ({@link TraditionalToSimplified}) and scanned
 * once, from left to right, taking the longest spelling that starts at each place and going on after
 * it (so 南苏丹 is South Sudan, not Sudan, and 马里乌波尔 is not 马里). Chinese spellings are matched
 * character by character in a trie, name-joining dots skipped (弗拉基米尔·泽连斯基); other spellings
 * are matched as whole words in a trie of words, case-folded with two exceptions: a spelling word that
 * starts with a capital needs a word that starts with one (Turkey, not turkey), and an acronym of two
 * or three capitals needs exactly those capitals (US, not us). Russian and Ukrainian inflect names: a
 * Cyrillic spelling word whose stem (the word without its final vowels, й and ь) has four letters or
 * more matches any word that starts with that stem and has at most {@link #CYRILLIC_ENDING} letters
 * more (Зеленский: Зеленского, Зеленскому; Путін: Путіна; Лавров: Лаврову).
 */
public final class EntityMentions {

  /** Most letters an inflected Cyrillic word may add to a gazetteer word of four letters or more. */
  static final int CYRILLIC_ENDING = 3;
  private static final int CYRILLIC_STEM = 4;

  /**
   * Words that hold a country's name but do not mention the country: the longest match takes them and
   * names nothing (内蒙古 is China's Inner Mongolia; 朝鲜族 and 蒙古族 are peoples of China; the Korean
   * peninsula is both Koreas; the Indian Ocean is not India).
   */
  static final List<String> NOT_NAMES = List.of("内蒙古", "蒙古族", "朝鲜族", "朝鲜半岛", "印度洋");

  private static volatile EntityMentions installed;

  /** A node of either trie: its children by character or by word, and the entities a spelling ending here names. */
  private static final class Node {
    final Map<Object, Node> next = new HashMap<>(4);
    Set<String> ids;

    Node child(Object key) {
      return next.computeIfAbsent(key, k -> new Node());
    }
  }

  private final Node han = new Node();
  private final Node words = new Node();

  private EntityMentions(Gazetteer gazetteer) {
    for (Entity entity : gazetteer.entities()) {
      for (String spelling : entity.all()) {
        add(spelling, entity.id());
      }
    }
    for (String word : NOT_NAMES) {
      Node node = han;
      for (int i = 0; i < word.length(); i++) {
        node = node.child(word.charAt(i));
      }
      if (node.ids == null) {
        node.ids = new TreeSet<>(); // a gazetteer entity of that very spelling keeps it
      }
    }
  }

  /** The mentions of {@code gazetteer}'s entities. */
  public static EntityMentions of(Gazetteer gazetteer) {
    return new EntityMentions(gazetteer);
  }

  /** What articles indexed next are matched against: the shipped gazetteer unless {@link #install} said otherwise. */
  public static EntityMentions installed() {
    EntityMentions mentions = installed;
    return mentions != null ? mentions : shipped();
  }

  /** The mentions of the shipped gazetteer, built once (a second's work). */
  public static EntityMentions shipped() {
    return Shipped.MENTIONS;
  }

  /** Holds the shipped mentions, built when first asked for (the JVM makes that safe for every thread). */
  private static final class Shipped {
    static final EntityMentions MENTIONS = of(Gazetteer.shipped());
  }

  /**
   * Makes {@code mentions} the ones the {@code entity} facet of articles indexed next is read with
   * ({@code index --aliases}); {@code null} goes back to the shipped gazetteer's.
   */
  public static void install(EntityMentions mentions) {
    installed = mentions;
  }

  private void add(String spelling, String id) {
    String key = NameKey.of(spelling);
    Node node;
    if (NameKey.isHan(key)) {
      if (key.length() < 2) {
        return;
      }
      node = han;
      for (int i = 0; i < key.length(); i++) {
        node = node.child(key.charAt(i));
      }
    } else {
      List<String> parts = split(Normalizer.normalize(spelling, Normalizer.Form.NFKC));
      if (parts.isEmpty()) {
        return;
      }
      node = words;
      for (String part : parts) {
        node = node.child(keyOfSpellingWord(part));
      }
    }
    if (node.ids == null) {
      node.ids = new TreeSet<>();
    }
    node.ids.add(id);
  }

  /** The ids of the entities mentioned in {@code text}, sorted, each once. */
  public List<String> in(String text) {
    String folded = TraditionalToSimplified.convert(text);
    Set<String> found = new TreeSet<>();
    scanHan(folded, found);
    scanWords(split(folded), found);
    return List.copyOf(found);
  }

  /** The entities an article's title and body mention. */
  public List<String> in(org.newssearch.ingest.Article article) {
    return in(article.title() + "\n" + article.body());
  }

  private void scanHan(String text, Set<String> found) {
    int start = 0;
    while (start < text.length()) {
      Node node = han.next.get(text.charAt(start));
      int end = -1;
      Set<String> ids = null;
      for (int i = start + 1; node != null; i++) {
        if (node.ids != null) {
          end = i;
          ids = node.ids;
        }
        while (i < text.length() && isDot(text.charAt(i))) {
          i++;
        }
        node = i < text.length() ? node.next.get(text.charAt(i)) : null;
      }
      if (ids != null) {
        found.addAll(ids);
        start = end;
      } else {
        start++;
      }
    }
  }

  private void scanWords(List<String> text, Set<String> found) {
    List<List<String>> forms = new ArrayList<>(text.size());
    text.forEach(word -> forms.add(formsOfTextWord(word)));
    int start = 0;
    while (start < forms.size()) {
      Longest longest = new Longest();
      longest.from(words, forms, start);
      if (longest.ids != null) {
        found.addAll(longest.ids);
        start = longest.end;
      } else {
        start++;
      }
    }
  }

  /** The longest spelling found from a word on: where it ends and what it names. */
  private static final class Longest {
    int end = -1;
    Set<String> ids;

    /** Tries each form of word {@code at} under {@code node}, and on from there. */
    void from(Node node, List<List<String>> forms, int at) {
      if (at >= forms.size()) {
        return;
      }
      for (String form : forms.get(at)) {
        Node next = node.next.get(form);
        if (next != null) {
          if (next.ids != null && at + 1 > end) {
            end = at + 1;
            ids = next.ids;
          }
          from(next, forms, at + 1);
        }
      }
    }
  }

  /**
   * A spelling word's key: {@code =US} for an acronym; else lower case, marked {@code ^} when it starts
   * with a capital; a Cyrillic word whose stem (without its final vowels, й and ь) has four letters or
   * more is keyed by that stem, marked {@code ~} ({@code ~^зеленск}).
   */
  private static String keyOfSpellingWord(String word) {
    if (isAcronym(word)) {
      return "=" + word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String capital = Character.isUpperCase(word.charAt(0)) ? "^" : "";
    if (isCyrillic(word)) {
      String stem = stem(lower);
      if (stem.length() >= CYRILLIC_STEM) {
        return "~" + capital + stem;
      }
    }
    return capital + lower;
  }

  /** The keys a word of the text may match: as the spellings' words are keyed, and its Cyrillic stems. */
  private static List<String> formsOfTextWord(String word) {
    List<String> forms = new ArrayList<>(8);
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAcronym(word)) {
      forms.add("=" + word);
    }
    boolean capital = Character.isUpperCase(word.charAt(0));
    if (capital) {
      forms.add("^" + lower);
    }
    forms.add(lower);
    if (isCyrillic(word)) {
      for (int cut = 0; cut <= CYRILLIC_ENDING && lower.length() - cut >= CYRILLIC_STEM; cut++) {
        String stem = lower.substring(0, lower.length() - cut);
        if (capital) {
          forms.add("~^" + stem);
        }
        forms.add("~" + stem);
      }
    }
    return forms;
  }

  /** A Cyrillic word without its final vowels, й and ь (зеленский: зеленск; путин: путин). */
  static String stem(String lower) {
    int end = lower.length();
    while (end > 0 && "аеёиоуыэюяйьіїє".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.substring(0, end);
  }

  private static boolean isCyrillic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.length() <= 3 && word.chars().allMatch(Character::isUpperCase);
  }

  /** The words of a text: runs of letters and digits that are not Han characters. */
  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isDot(char c) {
    return c == '\u00B7' || c == '\u30FB' || c == '\u2027' || c == '\u2022' || c == '\u2219';
  }
}
