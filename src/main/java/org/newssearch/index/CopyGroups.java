package org.newssearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Gives each article of a build its copy group, the same whatever order the threads indexed them in.
 * Articles are taken in order of publication (then id; undated last): each joins the group of the
 * most similar earlier article that it copies ({@link CopyDetector#copies}), already indexed or of the
 * same build, and otherwise starts its own group, named by its id. A group is thus named by its first
 * article, and keeps its name when later copies are added. Candidates are the articles that share a
 * band key ({@link CopySignature#bandKeys}): nothing compares every pair.
 */
final class CopyGroups {

  /** An article of the build with its signature; {@code date} orders it (local epoch seconds). */
  record Signed(String id, long date, CopySignature signature) {}

  /** An article already in the index that an article of the build may copy. */
  record Indexed(String id, String group, CopySignature signature) {}

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

  private static final int ORDINAL_BITS = 27;

  private CopyGroups() {}

  /** The group of every article of {@code build} that joins another's; the others are their own. */
  static Map<String, String> assign(Collection<Signed> build, CopyDetector detector, IndexedLookup indexed)
      throws IOException {
    Signed[] order = build.toArray(Signed[]::new);
    if (order.length >= 1 << ORDINAL_BITS) {
      throw new IllegalArgumentException("too many articles in one build to group copies: " + order.length);
    }
    Arrays.sort(order, Comparator.comparingLong(Signed::date).thenComparing(Signed::id));
    long[] pairs = earlierPeers(order);
    String[] groups = new String[order.length];
    // A group's first article: a later one joins only if it copies that one too, so that A~B and B~C
    // do not put A with C (on the CCTV corpus such chains grew to 931 templated stories).
    Map<String, CopySignature> firsts = new HashMap<>();
    Map<String, String> joined = new HashMap<>();
    int p = 0;
    for (int i = 0; i < order.length; i++) {
      CopySignature signature = order[i].signature();
      double best = -1;
      String group = order[i].id();
      for (Indexed candidate : indexed.candidates(signature)) {
        double similarity = signature.similarity(candidate.signature());
        // An indexed group is joined through its first article only (the others' firsts are not at hand).
        if (similarity > best && candidate.id().equals(candidate.group())
            && detector.copies(signature, candidate.signature())) {
          best = similarity;
          group = candidate.group();
        }
      }
      for (; p < pairs.length && (int) (pairs[p] >>> 32) == i; p++) {
        int earlier = (int) pairs[p];
        double similarity = signature.similarity(order[earlier].signature());
        CopySignature first = firsts.get(groups[earlier]);
        if (similarity > best && detector.copies(signature, order[earlier].signature())
            && (first == null || detector.copies(signature, first))) {
          best = similarity;
          group = groups[earlier];
        }
      }
      groups[i] = group;
      if (group.equals(order[i].id())) {
        firsts.put(group, signature);
      }
      if (!group.equals(order[i].id())) {
        joined.put(order[i].id(), group);
      }
    }
    return joined;
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

  /** The articles of {@code reader} that share a band with a signature, leaving out {@code building}'s ids. */
  static IndexedLookup indexed(IndexReader reader, Set<String> building) {
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> fields = Set.of(Schema.ID, Schema.COPY_GROUP, Schema.COPY_SIGNATURE);
    return signature -> {
      BooleanQuery.Builder anyBand = new BooleanQuery.Builder();
      for (BytesRef key : signature.bandKeys()) {
        anyBand.add(new TermQuery(new Term(Schema.COPY_BAND, key)), BooleanClause.Occur.SHOULD);
      }
      StoredFields stored = searcher.storedFields();
      List<Indexed> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(anyBand.build(), MAX_INDEXED_CANDIDATES).scoreDocs) {
        Document doc = stored.document(hit.doc, fields);
        BytesRef bytes = doc.getBinaryValue(Schema.COPY_SIGNATURE);
        String id = doc.get(Schema.ID);
        if (bytes != null && !building.contains(id)) {
          String group = doc.get(Schema.COPY_GROUP);
          found.add(new Indexed(id, group == null ? id : group, CopySignature.fromBytes(bytes)));
        }
      }
      return found;
    };
  }
}
