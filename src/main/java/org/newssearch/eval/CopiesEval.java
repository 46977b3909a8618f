package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newssearch.index.CopyDetector;
import org.newssearch.index.CopyGroups;
import org.newssearch.index.CopySignature;
import org.newssearch.index.MinHashCopyDetector;
import org.newssearch.index.TemplateHashes;
import org.newssearch.ingest.Article;
import org.newssearch.ingest.PublishedAt;

/**
 * Syndicated-copy detection measured on pairs made from {@code zh-cctv-xwlb}: copies that should
 * group (edited, truncated, re-headlined, and the Traditional twins of {@code zh-Hant-twins-s2tw})
 * and different stories that should not (one day's bulletin items; items sharing a rare tag). A pair
 * is grouped when its signatures meet in a band and their similarity reaches the threshold, as at
 * index time. The threshold is tuned on half of the pairs and reported on the other half.
 */
public final class CopiesEval {

  /** The kinds of pairs; {@code copy} says whether grouping them is right. */
  public enum Kind {
    EDITED(true), TRUNCATED(true), REHEADLINED(true), TRADITIONAL(true), SAME_DAY(false), SHARED_TAG(false);

    public final boolean copy;

    Kind(boolean copy) {
      this.copy = copy;
    }
  }

  /** One pair with its signatures' similarity (-1 when either has none) and whether they meet in a band. */
  record Pair(Kind kind, double similarity, boolean meet) {
    boolean grouped(double threshold) {
      return meet && similarity >= threshold;
    }
  }

  /** Precision and recall of one half at a threshold, with recall and false positives per kind. */
  public record Score(double threshold, long truePositives, long falsePositives, long positives, long negatives,
      Map<Kind, double[]> perKind) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return positives == 0 ? 1 : (double) truePositives / positives;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Originals shorter than this are left out: MIN_SHINGLES leaves the shortest notices ungrouped anyway. */
  private static final int MIN_BODY_CHARS = 80;
  static final double TRUNCATED_SHARE = 0.6;

  private final List<Pair> tuning = new ArrayList<>();
  private final List<Pair> test = new ArrayList<>();
  private TemplateHashes template = TemplateHashes.NONE;

  private CopiesEval() {}

  /** Builds the pairs from {@code sample} originals of the corpus and every twin, and signs them. */
  public static CopiesEval pairs(Path cctv, Path twins, int sample, long seed) throws IOException {
    List<JsonNode> rows = Corpus.nodes(cctv, Integer.MAX_VALUE);
    Random random = new Random(seed);
    CopiesEval eval = new CopiesEval();
    CopyDetector detector = new MinHashCopyDetector();
    // The template values of the whole corpus, as a build of it finds them: pairs compare without them.
    eval.template = CopyGroups.template(rows.stream().map(CopiesEval::dated).toList(), detector);
    List<JsonNode> originals = originals(rows, sample, random);
    for (JsonNode o : originals) {
      String body = o.path("body").asText();
      JsonNode other = rows.get(random.nextInt(rows.size()));
      eval.add(detector, Kind.EDITED, o, article(o, o.path("title").asText(), edited(body, other, random)));
      eval.add(detector, Kind.TRUNCATED, o, article(o, o.path("title").asText(),
          body.substring(0, (int) (body.length() * TRUNCATED_SHARE))));
      eval.add(detector, Kind.REHEADLINED, o, article(o, other.path("title").asText(), body));
    }
    for (Corpus.Item[] pair : TwinsEval.pairs(twins, cctv)) {
      eval.add(detector, Kind.TRADITIONAL, article(pair[1]), article(pair[0]));
    }
    for (int i = 1; i < rows.size() && eval.count(Kind.SAME_DAY) < sample; i += 1 + random.nextInt(50)) {
      JsonNode a = rows.get(i - 1);
      JsonNode b = rows.get(i);
      if (day(a).equals(day(b)) && long_(a) && long_(b)) {
        eval.add(detector, Kind.SAME_DAY, a, article(b, b.path("title").asText(), b.path("body").asText()));
      }
    }
    for (JsonNode[] pair : sharedRareTag(rows, sample)) {
      eval.add(detector, Kind.SHARED_TAG, pair[0], article(pair[1], pair[1].path("title").asText(),
          pair[1].path("body").asText()));
    }
    return eval;
  }

  /** The best threshold on the tuning half (by F1), scored on the test half. */
  public Score score() {
    double best = 0;
    double bestF = -1;
    for (int k = 16; k <= 60; k++) { // similarities are multiples of 1/64
      double threshold = k / 64.0;
      double f = score(tuning, threshold).f1();
      if (f > bestF) {
        bestF = f;
        best = threshold;
      }
    }
    return score(test, best);
  }

  /** The test half scored at {@code threshold}. */
  public Score scoreAt(double threshold) {
    return score(test, threshold);
  }

  /** Pairs of each kind. */
  public Map<Kind, Integer> counts() {
    Map<Kind, Integer> counts = new HashMap<>();
    for (Kind kind : Kind.values()) {
      counts.put(kind, count(kind));
    }
    return counts;
  }

  private Score score(List<Pair> pairs, double threshold) {
    long tp = 0;
    long fp = 0;
    long positives = 0;
    Map<Kind, double[]> perKind = new HashMap<>(); // kind -> {grouped, pairs}
    for (Pair p : pairs) {
      boolean grouped = p.grouped(threshold);
      positives += p.kind.copy ? 1 : 0;
      tp += p.kind.copy && grouped ? 1 : 0;
      fp += !p.kind.copy && grouped ? 1 : 0;
      double[] k = perKind.computeIfAbsent(p.kind, x -> new double[2]);
      k[0] += grouped ? 1 : 0;
      k[1]++;
    }
    return new Score(threshold, tp, fp, positives, pairs.size() - positives, perKind);
  }

  private int count(Kind kind) {
    return (int) (tuning.stream().filter(p -> p.kind == kind).count() + test.stream().filter(p -> p.kind == kind).count());
  }

  private void add(CopyDetector detector, Kind kind, JsonNode original, Article other) {
    add(detector, kind, article(original, original.path("title").asText(), original.path("body").asText()), other);
  }

  /** Alternate halves, so that each kind is split evenly between tuning and test. */
  private void add(CopyDetector detector, Kind kind, Article a, Article b) {
    CopySignature sa = detector.signature(a);
    CopySignature sb = detector.signature(b);
    Pair pair = sa == null || sb == null ? new Pair(kind, -1, false)
        : new Pair(kind, sa.similarity(sb, template.mask(sa) | template.mask(sb)), meet(sa, sb));
    (count(kind) % 2 == 0 ? tuning : test).add(pair);
  }

  private static boolean meet(CopySignature a, CopySignature b) {
    for (int band = 0; band < CopySignature.BANDS; band++) {
      if (a.bandHash(band) == b.bandHash(band)) {
        return true;
      }
    }
    return false;
  }

  /** {@code sample} articles of at least MIN_BODY_CHARS, spread over the corpus. */
  private static List<JsonNode> originals(List<JsonNode> rows, int sample, Random random) {
    List<JsonNode> out = new ArrayList<>();
    while (out.size() < sample) {
      JsonNode row = rows.get(random.nextInt(rows.size()));
      if (long_(row)) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * The body with a few sentences changed: one in five (at least one) replaced by a sentence of
   * {@code other}, and one of {@code other}'s added at the end.
   */
  static String edited(String body, JsonNode other, Random random) {
    List<String> sentences = sentences(body);
    List<String> others = sentences(other.path("body").asText());
    int changes = Math.max(1, sentences.size() / 5);
    for (int c = 0; c < changes; c++) {
      sentences.set(random.nextInt(sentences.size()), others.get(random.nextInt(others.size())));
    }
    sentences.add(others.get(random.nextInt(others.size())));
    return String.join("", sentences);
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[。！？!?\\n])")) {
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      out.add(text);
    }
    return out;
  }

  /** Pairs of articles sharing a tag that at most 20 articles carry: one topic, different stories. */
  private static List<JsonNode[]> sharedRareTag(List<JsonNode> rows, int limit) {
    Map<String, List<JsonNode>> byTag = new HashMap<>();
    for (JsonNode row : rows) {
      if (long_(row)) {
        row.path("tags").forEach(tag -> byTag.computeIfAbsent(tag.asText(), t -> new ArrayList<>()).add(row));
      }
    }
    List<JsonNode[]> pairs = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Map.Entry<String, List<JsonNode>> e : byTag.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      List<JsonNode> tagged = e.getValue();
      if (tagged.size() >= 2 && tagged.size() <= 20 && pairs.size() < limit) {
        JsonNode a = tagged.get(0);
        JsonNode b = tagged.get(tagged.size() - 1);
        if (!a.path("body").asText().equals(b.path("body").asText()) && used.add(a.path("id").asText())) {
          pairs.add(new JsonNode[] {a, b});
        }
      }
    }
    return pairs;
  }

  private static boolean long_(JsonNode row) {
    return row.path("body").asText().length() >= MIN_BODY_CHARS;
  }

  private static String day(JsonNode row) {
    String date = row.path("date").asText();
    return date.length() < 10 ? date : date.substring(0, 10);
  }

  private static Article article(JsonNode row, String title, String body) {
    return new Article(row.path("id").asText(), title, body, null, "eval", null, null, null,
        row.path("lang").asText("zh-Hans"), "eval", Set.of());
  }

  /** The corpus row as the index would date it. */
  private static Article dated(JsonNode row) {
    String date = row.path("date").asText();
    return new Article(row.path("id").asText(), row.path("title").asText(), row.path("body").asText(),
        date.length() < 19 ? null : PublishedAt.parse(date.substring(0, 19).replace(' ', 'T')), "eval", null, null,
        null, row.path("lang").asText("zh-Hans"), "eval", Set.of());
  }

  private static Article article(Corpus.Item item) {
    return new Article(item.id(), item.title(), item.body(), null, "eval", null, null, null,
        item.lang() == null ? "zh-Hans" : item.lang(), "eval", Set.of());
  }
}
