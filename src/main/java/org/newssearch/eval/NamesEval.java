package org.newssearch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newssearch.names.AliasFile;
import org.newssearch.names.Entity;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchService;

/**
 * How well a name in one spelling finds the articles that name the entity in any spelling, before
 * ({@code variants=off}) and after (names expanded), over a fixture of entities and the spellings of
 * them that the corpora hold (docs/evaluation.md, "Name variants").
 */
public final class NamesEval {

  /**
   * One spelling of an entity as a query.
   *
   * @param union articles that have some spelling of the fixture, each searched exactly
   * @param before of them, those the spelling finds exactly
   * @param after of them, those the spelling finds expanded
   * @param expanded every article the spelling finds expanded
   * @param named of those, the articles that have some spelling the gazetteer knows (each searched exactly)
   */
  public record Spelling(String entity, String text, int union, int before, int after, int expanded, int named) {
    public double recallBefore() {
      return union == 0 ? 1 : before / (double) union;
    }

    public double recallAfter() {
      return union == 0 ? 1 : after / (double) union;
    }

    public double precision() {
      return expanded == 0 ? 1 : named / (double) expanded;
    }
  }

  private final SearchService search;
  private final NameVariants names;

  public NamesEval(SearchService search, NameVariants names) {
    this.search = search;
    this.names = names;
  }

  /** The fixture: entities and the spellings of them found in the corpora, in the alias-file format. */
  public static List<Entity> fixture(Path file) throws IOException {
    return AliasFile.read(file);
  }

  /** Every spelling of every fixture entity, as a query. */
  public List<Spelling> run(List<Entity> fixture) throws IOException {
    List<Spelling> out = new ArrayList<>();
    for (Entity entity : fixture) {
      Set<String> union = new HashSet<>();
      for (String spelling : entity.all()) {
        union.addAll(ids(spelling, false));
      }
      Set<String> named = new HashSet<>(union);
      names.exact(entity.all().get(0)).ifPresent(known -> {
        for (String spelling : names.spellingsToSearch(known)) {
          named.addAll(uncheckedIds(spelling));
        }
      });
      for (String spelling : entity.all()) {
        Set<String> before = ids(spelling, false);
        Set<String> expanded = ids(spelling, true);
        out.add(new Spelling(entity.id(), spelling, union.size(), count(before, union), count(expanded, union),
            expanded.size(), count(expanded, named)));
      }
    }
    return out;
  }

  /**
   * The words of {@code words} (ordinary words of a segmentation gold) that the sound-alike rule would
   * take for a name: sorted, each once.
   */
  public TreeSet<String> soundAlikeWords(List<String> words) {
    TreeSet<String> taken = new TreeSet<>();
    for (String word : words) {
      names.lookup(word).filter(NameVariants.Match::soundAlike).ifPresent(m -> taken.add(word + " (" + m.entity().id() + ")"));
    }
    return taken;
  }

  /** Nanoseconds of one search of {@code query} (a first page, as the form asks), names expanded or not. */
  public long nanos(String query, boolean variants) throws IOException {
    long start = System.nanoTime();
    search.search(request(query, variants, SearchRequest.DEFAULT_SIZE));
    return System.nanoTime() - start;
  }

  private Set<String> ids(String query, boolean variants) throws IOException {
    Set<String> ids = new HashSet<>();
    search.forEachMatch(request(query, variants, SearchRequest.DEFAULT_SIZE), article -> ids.add(article.id()));
    return ids;
  }

  private Set<String> uncheckedIds(String query) {
    try {
      return ids(query, false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A spelling of several words is searched as a phrase, with or without variants alike. */
  private static SearchRequest request(String spelling, boolean variants, int size) {
    String query = spelling.contains(" ") ? '"' + spelling + '"' : spelling;
    return SearchRequest.fromParams(Map.of("q", List.of(query), "size", List.of(Integer.toString(size)),
        "variants", List.of(variants ? "on" : "off")));
  }

  private static int count(Set<String> found, Set<String> within) {
    return (int) found.stream().filter(within::contains).count();
  }
}
