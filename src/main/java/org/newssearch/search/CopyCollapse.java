package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.newssearch.index.Schema;

/**
 * Syndicated copies collapsed: of the sorted matches, only the first of each copy group
 * ({@code copy_group}, set at index time) is kept, so one wire story run by ten outlets is one hit.
 * A page is cut from the collapsed list, so its hits are collected from the start, enough of them
 * to fill it ({@link #depthFor}).
 */
final class CopyCollapse {

  /** Matches collected per hit wanted at first: most stories have few copies on one page. */
  static final int OVERFETCH = 4;

  private CopyCollapse() {}

  /** How many sorted matches to collect for {@code wanted} collapsed hits, on the given attempt (0, 1, ...). */
  static int depthFor(int wanted, int attempt) {
    long depth = (long) wanted * OVERFETCH << attempt;
    return (int) Math.min(depth, Integer.MAX_VALUE - 1);
  }

  /** The first hit of each group, in order, at most {@code limit} of them. */
  static List<ScoreDoc> firstOfEachGroup(IndexReader reader, ScoreDoc[] sorted, int limit) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Set<String> seen = new HashSet<>();
    List<ScoreDoc> kept = new ArrayList<>();
    for (ScoreDoc hit : sorted) {
      if (kept.size() == limit) {
        break;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      // A fresh iterator per hit: doc values only move forward, and sorted hits are in any doc order.
      SortedDocValues groups = DocValues.getSorted(leaf.reader(), Schema.COPY_GROUP);
      String group = groups.advanceExact(hit.doc - leaf.docBase) ? groups.lookupOrd(groups.ordValue()).utf8ToString() : null;
      if (group == null || seen.add(group)) {
        kept.add(hit);
      }
    }
    return kept;
  }
}
