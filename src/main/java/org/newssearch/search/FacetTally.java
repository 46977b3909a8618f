package org.newssearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * cache may answer a repeated query's matches. Kept over lucene-facet's sorted-set counts because it
 * is measurably faster on the search benchmark's mix ({@code ./newssearch bench facets},
 * docs/benchmarks.md "Decisions").
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
    private final int[] perCombination;
    /** Matches per day index + 1; [0] counts the undated. */
    private final int[] perDay;
    private long matches;

    LeafCounter(FacetColumns.Leaf leaf) {
      this.leaf = leaf;
      this.perCombination = new int[leaf.combinations.length];
      this.perDay = new int[leaf.days.length + 1];
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      matches++;
      long packed = leaf.packed[doc];
      perCombination[(int) (packed >>> 32)]++;
      perDay[(int) packed]++;
    }
  }

  /** Matches in all, per facet value and per day. */
  static final class Counts {
    private long total;
    private final Map<String, Map<String, Long>> perValue = new HashMap<>();
    /** Each segment's matches per day index + 1, summed over its partitions. */
    private final Map<FacetColumns.Leaf, int[]> perLeafDay = new IdentityHashMap<>();
    private long[][] perDay; // days ascending and their matches, made on first use

    private void add(LeafCounter counter) {
      total += counter.matches;
      FacetColumns.Leaf leaf = counter.leaf;
      // Summed per value of the segment first: with the entity facet nearly every article has its own
      // combination of values, and a map update per combination and value took half of a broad search.
      long[] perOrd = new long[leaf.values.length];
      for (int c = 0; c < counter.perCombination.length; c++) {
        int n = counter.perCombination[c];
        if (n != 0) {
          for (int ord : leaf.combinations[c]) {
            perOrd[ord] += n;
          }
        }
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] != 0) {
          perValue.computeIfAbsent(leaf.dims[ord], dim -> new HashMap<>()).merge(leaf.values[ord], perOrd[ord], Long::sum);
        }
      }
      perLeafDay.merge(leaf, counter.perDay, (sum, more) -> {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += more[i];
        }
        return sum;
      });
    }

    long total() {
      return total;
    }

    /** How many values of {@code dim} have matches. */
    int cardinality(String dim) {
      return perValue.getOrDefault(dim, Map.of()).size();
    }

    /** Matches with no date (counted in {@link #total()}, in no date bucket). */
    long undated() {
      return perLeafDay.values().stream().mapToLong(days -> days[0]).sum();
    }

    /** The first and the last day with matches, if any. */
    Optional<LocalDate> firstDay() {
      long[] days = perDay()[0];
      return days.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(days[0]));
    }

    Optional<LocalDate> lastDay() {
      long[] days = perDay()[0];
      return days.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(days[days.length - 1]));
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
      long[] days = perDay()[0];
      return dates(days.length == 0 ? DateHistogram.DAY : DateHistogram.suiting(days[days.length - 1] - days[0]));
    }

    /** Matches per date bucket of {@code interval}, in date order. */
    List<FacetCount> dates(DateHistogram interval) {
      long[][] days = perDay();
      return interval.count(days[0], days[1]);
    }

    /** The days with matches, ascending (since 1970-01-01), and their matches, over all segments. */
    private long[][] perDay() {
      if (perDay != null) {
        return perDay;
      }
      // Each segment's days are ascending and distinct: the segments' days with matches are put
      // together by one sort (of a few thousand days at most), then each segment's walks along them.
      long[] days = new long[perLeafDay.keySet().stream().mapToInt(leaf -> leaf.days.length).sum()];
      int n = 0;
      for (Map.Entry<FacetColumns.Leaf, int[]> leafDays : perLeafDay.entrySet()) {
        long[] leafDay = leafDays.getKey().days;
        for (int i = 0; i < leafDay.length; i++) {
          if (leafDays.getValue()[i + 1] > 0) {
            days[n++] = leafDay[i];
          }
        }
      }
      Arrays.sort(days, 0, n);
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (distinct == 0 || days[i] != days[distinct - 1]) {
          days[distinct++] = days[i];
        }
      }
      long[] matchedDays = Arrays.copyOf(days, distinct);
      long[] counts = new long[distinct];
      perLeafDay.forEach((leaf, dayMatches) -> {
        int at = 0;
        for (int i = 0; i < leaf.days.length; i++) {
          if (dayMatches[i + 1] > 0) {
            while (matchedDays[at] != leaf.days[i]) {
              at++;
            }
            counts[at] += dayMatches[i + 1];
          }
        }
      });
      return perDay = new long[][] {matchedDays, counts};
    }
  }
}
