package org.newssearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * Counts every match of a query per facet value and per day, from {@link FacetColumns}, as the
 * matches are found: no set of matches is built and walked again, and each slice of a
 * {@link PartitionedSearcher} counts its share on its own core. Needs no scores, so Lucene's query
 * cache may answer a repeated query's matches.
 */
final class FacetTally implements CollectorManager<FacetTally.SliceCounter, FacetTally.Counts> {

  private final FacetColumns columns;

  FacetTally(FacetColumns columns) {
    this.columns = columns;
  }

  @Override
  public SliceCounter newCollector() {
    return new SliceCounter(columns);
  }

  @Override
  public Counts reduce(Collection<SliceCounter> slices) {
    Counts counts = new Counts();
    for (SliceCounter slice : slices) {
      slice.leaves.forEach(counts::add);
    }
    return counts;
  }

  /** The counts of one slice, segment by segment (ordinals belong to their segment). */
  static final class SliceCounter implements Collector {
    private final FacetColumns columns;
    private final List<LeafCounter> leaves = new ArrayList<>();

    private SliceCounter(FacetColumns columns) {
      this.columns = columns;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      LeafCounter leaf = new LeafCounter(columns.leaf(context));
      leaves.add(leaf);
      return leaf;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class LeafCounter implements LeafCollector {
    private final FacetColumns.Leaf leaf;
    private final int[] perOrd;
    private long matches;

    LeafCounter(FacetColumns.Leaf leaf) {
      this.leaf = leaf;
      this.perOrd = new int[leaf.ordCount()];
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      matches++;
      for (int i = leaf.ordStart[doc], end = leaf.ordStart[doc + 1]; i < end; i++) {
        perOrd[leaf.ords[i]]++;
      }
    }
  }

  /** Matches in all, per facet value and per day. */
  static final class Counts {
    private long total;
    private final Map<String, Map<String, Long>> perValue = new HashMap<>();
    private final TreeMap<Long, Long> perDay = new TreeMap<>();

    private void add(LeafCounter counter) {
      total += counter.matches;
      FacetColumns.Leaf leaf = counter.leaf;
      for (int ord = 0; ord < counter.perOrd.length; ord++) {
        int n = counter.perOrd[ord];
        if (n == 0) {
          continue;
        }
        if (ord < leaf.firstDayOrd) {
          perValue.computeIfAbsent(leaf.dims[ord], dim -> new HashMap<>()).merge(leaf.values[ord], (long) n, Long::sum);
        } else {
          perDay.merge(leaf.days[ord - leaf.firstDayOrd], (long) n, Long::sum);
        }
      }
    }

    long total() {
      return total;
    }

    /** The first and the last day (since 1970-01-01) with matches, if any. */
    Optional<LocalDate> firstDay() {
      return perDay.isEmpty() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(perDay.firstKey()));
    }

    Optional<LocalDate> lastDay() {
      return perDay.isEmpty() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(perDay.lastKey()));
    }

    /**
     * The {@code n} values of {@code dim} with the most matches, most first, ties in the order of
     * their UTF-8 bytes (as Lucene's facet counts break them).
     */
    List<FacetCount> top(String dim, int n) {
      return perValue.getOrDefault(dim, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
              .thenComparing(Map.Entry::getKey, Comparator.comparing(BytesRef::new)))
          .limit(n)
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .toList();
    }

    /** Matches per date bucket, with an interval that suits the span of their dates. */
    List<FacetCount> dates() {
      return DateHistogram.count(perDay);
    }
  }
}
