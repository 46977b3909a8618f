package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.newssearch.index.Schema;

/**
 * The facet values and the date of every document of one generation, read once from the doc values
 * into arrays. A query that matches most of a million articles visits every match for its facets
 * and dates: an array read per match costs a fraction of the doc-values lookups it replaces.
 * 8 bytes per document.
 */
final class FacetColumns {

  private static final long SECONDS_PER_DAY = 86_400;
  /** Up to about 270 years of days are told apart in a bit set, a day a bit; a wider span (misread years) is sorted. */
  private static final long MAX_MARKED_DAYS = 100_000;

  private final Leaf[] leaves;

  private FacetColumns(Leaf[] leaves) {
    this.leaves = leaves;
  }

  static FacetColumns read(IndexReader reader) throws IOException {
    List<LeafReaderContext> contexts = reader.leaves();
    Leaf[] leaves = new Leaf[contexts.size()];
    for (LeafReaderContext context : contexts) {
      leaves[context.ord] = Leaf.read(context.reader());
    }
    return new FacetColumns(leaves);
  }

  Leaf leaf(LeafReaderContext context) {
    return leaves[context.ord];
  }

  /**
   * One segment's columns. A document's facet values (its combination of source, language and flags)
   * and its day are packed in one long, so that counting a match reads one place in memory: a query
   * matching a few percent of a million articles otherwise waits on a cache miss per column and match.
   */
  static final class Leaf {
    /** A document's combination of facet values in the high 32 bits; its day's index + 1 in the low (0: undated). */
    final long[] packed;
    /** The facet ordinals of each combination (the first is none). */
    final int[][] combinations;
    /** Each ordinal's dimension ({@code source}, {@code lang}, {@code flag}) and value. */
    final String[] dims;
    final String[] values;
    /** The days (since 1970-01-01) on which this segment has articles, ascending. */
    final long[] days;

    private Leaf(long[] packed, int[][] combinations, String[] dims, String[] values, long[] days) {
      this.packed = packed;
      this.combinations = combinations;
      this.dims = dims;
      this.values = values;
      this.days = days;
    }

    private static Leaf read(LeafReader reader) throws IOException {
      int maxDoc = reader.maxDoc();
      SortedSetDocValues facets = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      String[] dims = new String[(int) facets.getValueCount()];
      String[] values = new String[dims.length];
      for (int ord = 0; ord < dims.length; ord++) {
        String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
        dims[ord] = path[0];
        values[ord] = path[1];
      }
      long[] dayOf = new long[maxDoc];
      long[] days = readDays(reader, dayOf);
      NumericDocValues dated = reader.getNumericDocValues(Schema.DATE);
      List<int[]> combinations = new ArrayList<>(List.of(new int[0]));
      Map<Combination, Integer> combinationIds = new HashMap<>(Map.of(new Combination(new int[0]), 0));
      long[] packed = new long[maxDoc];
      int[] last = new int[0];
      int lastCombination = 0;
      int lastDay = -1;
      for (int doc = 0; doc < maxDoc; doc++) {
        int[] ords = new int[facets.advanceExact(doc) ? facets.docValueCount() : 0];
        for (int i = 0; i < ords.length; i++) {
          ords[i] = (int) facets.nextOrd();
        }
        if (!Arrays.equals(ords, last)) { // neighbours mostly share source and language
          lastCombination = combinationIds.computeIfAbsent(new Combination(ords), key -> {
            combinations.add(ords);
            return combinations.size() - 1;
          });
          last = ords;
        }
        int day = 0;
        if (dated != null && dated.advanceExact(doc)) {
          if (lastDay < 0 || days[lastDay] != dayOf[doc]) { // and mostly a day
            lastDay = Arrays.binarySearch(days, dayOf[doc]);
          }
          day = lastDay + 1;
        }
        packed[doc] = (long) lastCombination << 32 | day;
      }
      return new Leaf(packed, combinations.toArray(int[][]::new), dims, values, days);
    }

    /**
     * A document's facet ordinals as a map key, compared by value: with the entity facet nearly every
     * article has its own combination, and a boxed list per document was most of the start-up at 984k
     * articles.
     */
    private record Combination(int[] ords) {
      @Override
      public boolean equals(Object other) {
        return other instanceof Combination that && Arrays.equals(ords, that.ords);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(ords);
      }

      @Override
      public String toString() {
        return Arrays.toString(ords);
      }
    }

    /** The day of every dated document; returns the distinct days, ascending. */
    private static long[] readDays(LeafReader reader, long[] dayOf) throws IOException {
      NumericDocValues dates = reader.getNumericDocValues(Schema.DATE);
      if (dates == null) {
        return new long[0];
      }
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      int[] datedDocs = new int[dayOf.length];
      int dated = 0;
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        dayOf[doc] = Math.floorDiv(dates.longValue(), SECONDS_PER_DAY);
        datedDocs[dated++] = doc;
        first = Math.min(first, dayOf[doc]);
        last = Math.max(last, dayOf[doc]);
      }
      if (dated > 0 && last - first < MAX_MARKED_DAYS) {
        BitSet present = new BitSet((int) (last - first + 1)); // no sort of a million dates
        for (int i = 0; i < dated; i++) {
          present.set((int) (dayOf[datedDocs[i]] - first));
        }
        long start = first;
        return present.stream().mapToLong(offset -> start + offset).toArray();
      }
      return Arrays.stream(datedDocs, 0, dated).mapToLong(doc -> dayOf[doc]).sorted().distinct().toArray();
    }
  }
}
