package org.newssearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssearch.ingest.Article;

/**
 * Gives each article of a build its copy group, the same whatever order the threads indexed them in.
 * Articles are taken in order of publication (then id; undated last): each joins the group of the
 * most similar earlier article that it copies ({@link CopyDetector#copies}), already indexed or of the
 * same build, if it also copies the group's first article and runs within {@link #MAX_SPAN_SECONDS} of
 * it, and otherwise starts its own group, named by its id. A group is thus named by its first
 * article, and keeps its name when later copies are added. Candidates are the articles that share a
 * band key ({@link CopySignature#bandKeys}): nothing compares every pair. Signatures are compared
 * without the values of a template ({@link TemplateHashes}), found by a first grouping of the build.
 */
public final class CopyGroups {

  /** An article of the build with its signature; {@code date} orders it (local epoch seconds). */
  record Signed(String id, long date, CopySignature signature) {

    /** The article with its signature, undated articles last. */
    static Signed of(Article article, CopySignature signature) {
      return new Signed(article.id(),
          article.published() == null ? Long.MAX_VALUE : article.published().localEpochSecond(), signature);
    }
  }

  /** An article already in the index that an article of the build may copy ({@code date} as in {@link Signed}). */
  record Indexed(String id, String group, long date, CopySignature signature) {}

  /** The indexed articles that share a band key with a signature (none for a new generation). */
  interface IndexedLookup {
    List<Indexed> candidates(CopySignature signature) throws IOException;
  }

  static final IndexedLookup NOTHING_INDEXED = signature -> List.of();

  /**
   * Earlier articles of one bucket compared with each article: a bucket of hundreds is a template,
   * not a story, and its nearest earlier members already carry the group.
   */
  static final int MAX_BUCKET_PEERS = 64;
  /** Indexed candidates read per article, those sharing the most bands first. */
  static final int MAX_INDEXED_CANDIDATES = 64;
  /**
   * The longest time from a group's first article to a copy: syndication runs within days, while a
   * templated notice recurs over months and years (on the CCTV corpus, state visits announced
   * "应…邀请…将访华" from 2013 to 2026 grouped together). Undated articles are not held to it.
   */
  static final long MAX_SPAN_SECONDS = 7 * 86_400;

  private static final int ORDINAL_BITS = 27;

  private CopyGroups() {}

  /**
   * The groups a new generation of just {@code articles} would hold, without an index: the group of
   * every article that joins another's (those without a signature, and the others, are their own).
   */
  public static Map<String, String> of(Collection<Article> articles, CopyDetector detector) throws IOException {
    return assign(signed(articles, detector), detector, NOTHING_INDEXED);
  }

  /** The template values a new generation of just {@code articles} would find ({@link TemplateHashes}). */
  public static TemplateHashes template(Collection<Article> articles, CopyDetector detector) throws IOException {
    Signed[] order = inOrder(signed(articles, detector));
    return template(order, earlierPeers(order), detector, NOTHING_INDEXED);
  }

  /** The template values of {@code order}: a first grouping on whole signatures shows which many groups share. */
  private static TemplateHashes template(Signed[] order, long[] pairs, CopyDetector detector, IndexedLookup indexed)
      throws IOException {
    CopySignature[] signatures = Arrays.stream(order).map(Signed::signature).toArray(CopySignature[]::new);
    return TemplateHashes.of(signatures, link(order, pairs, detector, indexed, TemplateHashes.NONE));
  }

  private static List<Signed> signed(Collection<Article> articles, CopyDetector detector) {
    List<Signed> build = new ArrayList<>();
    for (Article article : articles) {
      CopySignature signature = detector.signature(article);
      if (signature != null) {
        build.add(Signed.of(article, signature));
      }
    }
    return build;
  }

  /** The articles in order of publication, then id; undated last. */
  private static Signed[] inOrder(Collection<Signed> build) {
    Signed[] order = build.toArray(Signed[]::new);
    if (order.length >= 1 << ORDINAL_BITS) {
      throw new IllegalArgumentException("too many articles in one build to group copies: " + order.length);
    }
    Arrays.sort(order, Comparator.comparingLong(Signed::date).thenComparing(Signed::id));
    return order;
  }

  /**
   * The group of every article of {@code build} that joins another's; the others are their own. The
   * articles are grouped twice: first on whole signatures, which shows the values that many groups
   * share ({@link TemplateHashes}), then leaving those values out.
   */
  static Map<String, String> assign(Collection<Signed> build, CopyDetector detector, IndexedLookup indexed)
      throws IOException {
    Signed[] order = inOrder(build);
    long[] pairs = earlierPeers(order);
    String[] groups = link(order, pairs, detector, indexed, template(order, pairs, detector, indexed));
    Map<String, String> joined = new HashMap<>();
    for (int i = 0; i < order.length; i++) {
      if (!groups[i].equals(order[i].id())) {
        joined.put(order[i].id(), groups[i]);
      }
    }
    return joined;
  }

  /**
   * The group of each article of {@code order}: that of the most similar earlier article it copies,
   * already indexed or among its band peers, or its own.
   */
  private static String[] link(Signed[] order, long[] pairs, CopyDetector detector, IndexedLookup indexed,
      TemplateHashes template) throws IOException {
    long[] masks = Arrays.stream(order).mapToLong(s -> template.mask(s.signature())).toArray();
    String[] groups = new String[order.length];
    // A group's first article: a later one joins only if it copies that one too, so that A~B and B~C
    // do not put A with C (on the CCTV corpus such chains grew to 931 templated stories).
    Map<String, Integer> firsts = new HashMap<>();
    int p = 0;
    for (int i = 0; i < order.length; i++) {
      CopySignature signature = order[i].signature();
      double best = -1;
      String group = order[i].id();
      for (Indexed candidate : indexed.candidates(signature)) {
        long mask = masks[i] | template.mask(candidate.signature());
        double similarity = signature.similarity(candidate.signature(), mask);
        // An indexed group is joined through its first article only (the others' firsts are not at hand).
        if (similarity > best && candidate.id().equals(candidate.group()) && withinSpan(order[i].date(), candidate.date())
            && detector.copies(signature, candidate.signature(), mask)) {
          best = similarity;
          group = candidate.group();
        }
      }
      for (; p < pairs.length && (int) (pairs[p] >>> 32) == i; p++) {
        int earlier = (int) pairs[p];
        double similarity = signature.similarity(order[earlier].signature(), masks[i] | masks[earlier]);
        Integer first = firsts.get(groups[earlier]);
        if (similarity > best && withinSpan(order[i].date(), order[first == null ? earlier : first].date()) && detector.copies(signature, order[earlier].signature(), masks[i] | masks[earlier])
            && (first == null || detector.copies(signature, order[first].signature(), masks[i] | masks[first]))) {
          best = similarity;
          group = groups[earlier];
        }
      }
      groups[i] = group;
      if (group.equals(order[i].id())) {
        firsts.put(group, i);
      }
    }
    return groups;
  }

  /** Whether articles of these dates may be copies: at most {@link #MAX_SPAN_SECONDS} apart, or either undated. */
  private static boolean withinSpan(long date, long other) {
    return date == Long.MAX_VALUE || other == Long.MAX_VALUE || Math.abs(date - other) <= MAX_SPAN_SECONDS;
  }

  /**
   * Every pair of articles that share a band key, as (later ordinal, earlier ordinal) packed in a
   * long, sorted and distinct: sorting (band key, ordinal) brings each bucket's members together.
   */
  private static long[] earlierPeers(Signed[] order) {
    long[] keyed = new long[order.length * CopySignature.BANDS];
    int k = 0;
    for (int i = 0; i < order.length; i++) {
      for (int band = 0; band < CopySignature.BANDS; band++) {
        long key = (long) band << 32 | (order[i].signature().bandHash(band) & 0xffffffffL);
        keyed[k++] = key << ORDINAL_BITS | i;
      }
    }
    Arrays.sort(keyed);
    long ordinalMask = (1L << ORDINAL_BITS) - 1;
    long[] pairs = new long[16];
    int n = 0;
    for (int start = 0, end; start < keyed.length; start = end) {
      for (end = start + 1; end < keyed.length && keyed[end] >>> ORDINAL_BITS == keyed[start] >>> ORDINAL_BITS; end++) {}
      for (int later = start + 1; later < end; later++) {
        for (int earlier = Math.max(start, later - MAX_BUCKET_PEERS); earlier < later; earlier++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = (keyed[later] & ordinalMask) << 32 | (keyed[earlier] & ordinalMask);
        }
      }
    }
    return Arrays.stream(pairs, 0, n).sorted().distinct().toArray();
  }

  /**
   * The articles of {@code before} that share a band with a signature, leaving out {@code build}'s
   * ids. Neither signatures nor band keys are kept in the index (they were a quarter of the stored
   * bytes, then 9 MB of points at 75k articles): the signatures of the indexed articles that a
   * copy's time span lets count ({@link IndexedArticles.Span#of}) are made again from their text, by the detector of
   * the build, and their bands looked up in memory.
   */
  static IndexedLookup indexed(IndexedArticles before, Collection<Signed> build, CopyDetector detector)
      throws IOException {
    Set<String> building = new HashSet<>();
    build.forEach(signed -> building.add(signed.id()));
    Map<Long, List<Indexed>> byBand = new HashMap<>();
    before.within(IndexedArticles.Span.of(build), (article, group) -> {
      CopySignature theirs = building.contains(article.id()) ? null : detector.signature(article);
      if (theirs != null) {
        long date = article.published() == null ? Long.MAX_VALUE : article.published().localEpochSecond();
        Indexed indexed = new Indexed(article.id(), group, date, theirs);
        for (long key : theirs.bandKeys()) {
          byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(indexed);
        }
      }
    });
    return signature -> {
      Map<Indexed, Integer> sharedBands = new HashMap<>();
      for (long key : signature.bandKeys()) {
        byBand.getOrDefault(key, List.of()).forEach(indexed -> sharedBands.merge(indexed, 1, Integer::sum));
      }
      return sharedBands.entrySet().stream()
          .sorted(Map.Entry.<Indexed, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
          .limit(MAX_INDEXED_CANDIDATES).map(Map.Entry::getKey).toList();
    };
  }
}
