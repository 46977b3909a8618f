package org.newssearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.newssearch.names.Entity;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchResult.Expansion;

/**
 * A word or phrase of a query with every name in it searched in all its spellings: the text as typed
 * and each text with a name's spelling replaced by another one, each made a query as the parser makes
 * any text ({@code textQuery}), joined as one {@link EntityQuery}. A whole word (or words) that is a
 * spelling gets every spelling in any script; a name inside a longer run of Chinese characters
 * (泽连斯基访问) gets its Chinese spellings. A word written {@code =word} is kept exact.
 */
final class VariantQueries {

  /** How the parser makes the query of one text (its {@code textQuery}). */
  interface TextQuery {
    Query of(String field, String text, int slop, List<String> suffixes) throws ParseException;
  }

  /**
   * Where another spelling is looked for: in the analyzed fields of the languages written in its
   * script (Cyrillic: ru, uk and the neutral field; Latin: en and the neutral field; Chinese: as any
   * Chinese text). An article is analyzed only into its own language's fields, so Зеленский searched
   * in the English or Chinese fields could only find a Russian word quoted there, beside the name in
   * the article's own script, which its own spelling finds; left out, each spelling costs a third of the
   * term lookups. The text as typed is searched wherever it was before.
   */
  private static final Map<Character.UnicodeScript, List<String>> SCRIPT_FIELDS = Map.of(
      Character.UnicodeScript.CYRILLIC, List.of("ru", "uk", "std"), Character.UnicodeScript.LATIN, List.of("en", "std"));

  /** Most texts one word or phrase becomes; beyond it one name varies at a time. */
  static final int MAX_TEXTS = 32;
  /** The marker of a word to keep exact ({@code =泽连斯基}). */
  static final char EXACT = '=';

  /**
   * The queries of spellings already made, by the analyzed fields searched, field, text and slop: a
   * name's spellings each run through every field's analysis (about 85 analyses for Pokrovsk's nine
   * spellings, 8 ms), and the same names come back query after query. Queries are immutable; at most
   * {@link #MAX_CACHED} are kept, then new ones are made each time.
   */
  static final class Cache {
    static final int MAX_CACHED = 10_000;
    private final Map<List<Object>, Optional<Query>> queries = new ConcurrentHashMap<>();
  }

  private final NameVariants names;
  private final TextQuery plain;
  private final Set<Expansion> expansions;
  private final Cache cache;
  private final List<String> suffixes;

  VariantQueries(NameVariants names, TextQuery plain, Set<Expansion> expansions, Cache cache, List<String> suffixes) {
    this.names = names;
    this.plain = plain;
    this.expansions = expansions;
    this.cache = cache;
    this.suffixes = suffixes;
  }

  Query query(String field, String text, int slop) throws ParseException {
    List<List<String>> pieces = pieces(text.strip().split("\\s+"));
    Set<Query> distinct = new LinkedHashSet<>();
    List<String> texts = texts(pieces);
    for (int i = 0; i < texts.size(); i++) {
      Query q = cached(field, texts.get(i), slop, i == 0 ? suffixes : fieldsFor(texts.get(i)));
      if (q != null) {
        distinct.add(q);
      }
    }
    if (distinct.isEmpty()) {
      return null;
    }
    return distinct.size() == 1 ? distinct.iterator().next() : new EntityQuery(new ArrayList<>(distinct));
  }

  /**
   * The query with each run of plain words that spells a name of several words quoted
   * ({@code European Union} -> {@code "European Union"}), so that the parser, which sees one word at a
   * time, hands the name over whole. Words inside quotes, with operators, fields, parentheses, escapes
   * or wildcards are left as they are.
   */
  static String quoteNames(String folded, NameVariants names) {
    List<String> tokens = tokens(folded);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      int longest = names.startsLongerName(tokens.get(i)) ? NameVariants.MAX_WORDS : 1;
      for (int j = Math.min(tokens.size(), i + longest); j > i + 1 && end == i; j--) {
        List<String> run = tokens.subList(i, j);
        if (run.stream().allMatch(VariantQueries::isPlainWord) && names.exact(String.join(" ", run)).isPresent()) {
          end = j;
        }
      }
      if (end > i) {
        out.add('"' + String.join(" ", tokens.subList(i, end)) + '"');
        i = end;
      } else {
        out.add(tokens.get(i++));
      }
    }
    return String.join(" ", out);
  }

  /** The query split at spaces outside quotes (a quoted phrase is one token). */
  private static List<String> tokens(String folded) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\\' && i + 1 < folded.length()) {
        token.append(c).append(folded.charAt(++i));
        continue;
      }
      quoted ^= c == '"';
      if (!quoted && Character.isWhitespace(c)) {
        if (!token.isEmpty()) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    if (!token.isEmpty()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** A word and nothing else: no operator, field, quote, group, escape, wildcard or exact mark. */
  private static boolean isPlainWord(String token) {
    boolean operator = List.of("AND", "OR", "NOT", "&&", "||").contains(token) || "+-=".indexOf(token.charAt(0)) >= 0;
    return !operator && token.chars().noneMatch(c -> "\"()[]{}:*\\!^~?/".indexOf(c) >= 0)
        && token.chars().anyMatch(Character::isLetter);
  }

  /** The analyzed fields (of those searched) where a spelling in one script is looked for; all for mixed scripts. */
  private List<String> fieldsFor(String spelling) {
    Set<Character.UnicodeScript> scripts = new java.util.HashSet<>();
    spelling.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
    List<String> only = scripts.size() == 1 ? SCRIPT_FIELDS.get(scripts.iterator().next()) : null;
    return only == null ? suffixes : suffixes.stream().filter(only::contains).toList();
  }

  private Query cached(String field, String text, int slop, List<String> fields) throws ParseException {
    List<Object> key = List.of(fields, field, text, slop);
    Optional<Query> known = cache.queries.get(key);
    if (known == null) {
      known = Optional.ofNullable(plain.of(field, text, slop, fields));
      if (cache.queries.size() < Cache.MAX_CACHED) {
        cache.queries.put(key, known);
      }
    }
    return known.orElse(null);
  }

  /** Each piece of the text with its alternatives, the text as typed first. */
  private List<List<String>> pieces(String[] words) {
    List<List<String>> pieces = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int end = longestName(words, i);
      if (end > i) {
        String typed = String.join(" ", java.util.Arrays.copyOfRange(words, i, end));
        NameVariants.Match match = names.lookup(typed).orElseThrow();
        pieces.add(alternatives(typed, match.entity(), false));
        i = end;
      } else {
        pieces.add(inside(words[i]));
        i++;
      }
    }
    return pieces;
  }

  /** The end of the longest run of words from {@code start} that names an entity, or {@code start}. */
  private int longestName(String[] words, int start) {
    if (words[start].length() > 1 && words[start].charAt(0) == EXACT) {
      return start;
    }
    int longest = names.startsLongerName(words[start]) ? NameVariants.MAX_WORDS : 1;
    for (int end = Math.min(words.length, start + longest); end > start; end--) {
      if (names.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, start, end))).isPresent()) {
        return end;
      }
    }
    return start;
  }

  /** A word that is no name as a whole: exact, or a Chinese run with names inside, or itself. */
  private List<String> inside(String word) {
    if (word.length() > 1 && word.charAt(0) == EXACT) {
      return List.of(word.substring(1));
    }
    if (!NameVariants.isHan(word)) {
      return List.of(word);
    }
    List<List<String>> parts = new ArrayList<>();
    int at = 0;
    for (NameVariants.Found found : names.within(word)) {
      parts.add(List.of(word.substring(at, found.start())));
      parts.add(alternatives(word.substring(found.start(), found.end()), found.entity(), true));
      at = found.end();
    }
    parts.add(List.of(word.substring(at)));
    return combine(parts, "");
  }

  /** {@code typed} and the entity's other spellings (only Chinese ones inside a Chinese run); noted as an expansion. */
  private List<String> alternatives(String typed, Entity entity, boolean chineseOnly) {
    List<String> all = new ArrayList<>();
    all.add(typed);
    for (String spelling : names.spellingsToSearch(entity)) {
      if (!NameVariants.alike(spelling, typed) && (!chineseOnly || NameVariants.isHan(spelling))) {
        all.add(spelling);
      }
    }
    List<String> shown = entity.all().stream().filter(s -> !NameVariants.alike(s, typed))
        .filter(s -> !chineseOnly || NameVariants.isHan(s)).toList();
    if (!shown.isEmpty()) {
      expansions.add(new Expansion(typed, entity.id(), shown));
    }
    return all;
  }

  private static List<String> texts(List<List<String>> pieces) {
    return combine(pieces, " ");
  }

  /**
   * Every text the pieces make, joined by {@code separator}, the typed one first; when there would be
   * more than {@link #MAX_TEXTS}, the typed text with one piece changed at a time (the first pieces' first).
   */
  private static List<String> combine(List<List<String>> pieces, String separator) {
    long product = 1;
    for (List<String> piece : pieces) {
      product = Math.min(product * piece.size(), Integer.MAX_VALUE);
    }
    List<String> out = new ArrayList<>();
    if (product <= MAX_TEXTS) {
      out.add("");
      for (List<String> piece : pieces) {
        List<String> next = new ArrayList<>();
        for (String prefix : out) {
          for (String alternative : piece) {
            next.add(prefix.isEmpty() ? alternative : prefix + separator + alternative);
          }
        }
        out = next;
      }
      return out.stream().map(String::strip).distinct().toList();
    }
    List<String> typed = pieces.stream().map(p -> p.get(0)).toList();
    out.add(String.join(separator, typed));
    for (int i = 0; i < pieces.size() && out.size() < MAX_TEXTS; i++) {
      for (String alternative : pieces.get(i).subList(1, pieces.get(i).size())) {
        List<String> one = new ArrayList<>(typed);
        one.set(i, alternative);
        out.add(String.join(separator, one));
      }
    }
    return out;
  }
}
