package org.newssearch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Generations;
import org.newssearch.index.Schema;
import org.newssearch.ingest.Article;

/**
 * Copy groups measured on a real corpus, where nobody made the copies: the articles of an index (as
 * ingestion cleaned them) with the groups it holds or the groups a detector gives them now. A sample
 * of (copy, its group's first article) pairs, drawn with a fixed seed, is judged by {@link CopyJudge};
 * the precision is the share judged one story. The size of every group and the largest ones, by
 * title, show what the sample may miss.
 */
public final class RealCopiesEval {

  /** The articles of an index, with the copy group each is stored with. */
  public record Indexed(List<Article> articles, Map<String, String> groups) {}

  /** A group: its first article's id and title, its size, the dates it spans and a few other titles. */
  public record Group(String first, String title, int size, String from, String to, List<String> titles) {}

  /** A sampled copy judged against its group's first article ({@code shared}: {@link CopyJudge#shared}). */
  public record Judged(String id, String title, String first, String firstTitle, double shared) {
    public boolean sameStory() {
      return shared >= CopyJudge.SAME_STORY;
    }
  }

  /**
   * @param flagged articles in another's group ({@code flag:copy})
   * @param sizes groups of more than one article by size range ("2", "3-5", ...): {groups, articles}
   */
  public record Report(int articles, int flagged, Map<String, int[]> sizes, List<Group> largest, List<Judged> sample) {
    /** The share of the sampled pairs judged one story. */
    public double precision() {
      return sample.isEmpty() ? 1 : (double) sample.stream().filter(Judged::sameStory).count() / sample.size();
    }
  }

  private static final int[] SIZE_RANGES = {2, 3, 6, 11, 21, 51, 101};

  private RealCopiesEval() {}

  /** The live articles of the serving generation under {@code indexRoot}, with their stored groups. */
  public static Indexed read(Path indexRoot) throws IOException {
    Path serving = new Generations(indexRoot).current()
        .orElseThrow(() -> new IOException("no serving generation under " + indexRoot + "; build one with: newssearch index"));
    List<Article> articles = new ArrayList<>();
    Map<String, String> groups = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(serving); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document document = stored.document(leaf.docBase + doc);
            Article article = ArticleDocuments.toArticle(document);
            articles.add(article);
            String group = document.get(Schema.COPY_GROUP);
            groups.put(article.id(), group == null ? article.id() : group);
          }
        }
      }
    }
    articles.sort(Comparator.comparing(Article::id));
    return new Indexed(articles, groups);
  }

  /**
   * Measures the groups {@code groupOf} (an article's group; missing: its own) over {@code articles}:
   * {@code sample} pairs judged, the {@code largest} groups listed.
   */
  public static Report report(List<Article> articles, Map<String, String> groupOf, int sample, long seed, int largest) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, List<Article>> members = new LinkedHashMap<>();
    List<Article> copies = new ArrayList<>();
    for (Article article : articles) {
      String group = groupOf.getOrDefault(article.id(), article.id());
      members.computeIfAbsent(group, g -> new ArrayList<>()).add(article);
      if (!group.equals(article.id())) {
        copies.add(article);
      }
    }
    Collections.shuffle(copies, new Random(seed)); // articles come sorted by id: the same draw every run
    List<Article[]> pairs = new ArrayList<>();
    for (Article copy : copies.subList(0, Math.min(sample, copies.size()))) {
      Article first = byId.get(groupOf.get(copy.id()));
      if (first != null) { // else its first article was deleted from the index: nothing to judge it against
        pairs.add(new Article[] {copy, first});
      }
    }
    double[] shared = CopyJudge.shared(pairs.stream().map(p -> new String[] {p[0].body(), p[1].body()}).toList(),
        articles.stream().map(Article::body).toList());
    List<Judged> judged = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Article[] p = pairs.get(i);
      judged.add(new Judged(p[0].id(), p[0].title(), p[1].id(), p[1].title(), shared[i]));
    }
    List<List<Article>> groups = members.values().stream().filter(m -> m.size() > 1)
        .sorted(Comparator.comparing((List<Article> m) -> -m.size()).thenComparing(m -> m.get(0).id())).toList();
    return new Report(articles.size(), copies.size(), sizes(groups),
        groups.subList(0, Math.min(largest, groups.size())).stream().map(m -> group(m, byId, groupOf)).toList(), judged);
  }

  private static Map<String, int[]> sizes(List<List<Article>> groups) {
    Map<String, int[]> sizes = new LinkedHashMap<>();
    for (int r = 0; r < SIZE_RANGES.length; r++) {
      int low = SIZE_RANGES[r];
      int high = r + 1 < SIZE_RANGES.length ? SIZE_RANGES[r + 1] - 1 : Integer.MAX_VALUE;
      int[] tally = new int[2];
      groups.stream().filter(m -> m.size() >= low && m.size() <= high).forEach(m -> {
        tally[0]++;
        tally[1] += m.size();
      });
      sizes.put(high == low ? "" + low : high == Integer.MAX_VALUE ? low + "+" : low + "-" + high, tally);
    }
    return sizes;
  }

  private static Group group(List<Article> members, Map<String, Article> byId, Map<String, String> groupOf) {
    List<Article> dated = members.stream().filter(a -> a.published() != null)
        .sorted(Comparator.comparing(a -> a.published().iso())).toList();
    Article first = byId.getOrDefault(groupOf.getOrDefault(members.get(0).id(), members.get(0).id()), members.get(0));
    List<String> titles = dated.stream().filter(a -> a != first).map(Article::title).limit(3).toList();
    return new Group(first.id(), first.title(), members.size(), dated.isEmpty() ? "" : day(dated.get(0)),
        dated.isEmpty() ? "" : day(dated.get(dated.size() - 1)), titles);
  }

  private static String day(Article article) {
    return article.published().iso().substring(0, 10);
  }
}
