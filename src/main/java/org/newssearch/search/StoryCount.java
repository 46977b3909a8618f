package org.newssearch.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.newssearch.index.Schema;

/**
 * How many stories the matches of a query tell: their distinct copy groups ({@code copy_group}),
 * counted by the groups' ordinals across segments (Lucene's {@link OrdinalMap}), one bit each.
 * Needed to number the pages of a search whose copies collapse ({@code group=copies}).
 */
final class StoryCount {

  private StoryCount() {}

  static long of(IndexView view, Query query, Deadline deadline) throws IOException {
    IndexReader reader = view.searcher.getIndexReader();
    SortedDocValues all = MultiDocValues.getSortedValues(reader, Schema.COPY_GROUP);
    if (all == null) {
      return 0;
    }
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
    int groups = (int) all.getValueCount();
    FixedBitSet seen = view.searcher.search(deadline.wrap(query), new CollectorManager<Collector, FixedBitSet>() {
      @Override
      public Collector newCollector() {
        return new Groups(new FixedBitSet(Math.max(1, groups)), map);
      }

      @Override
      public FixedBitSet reduce(Collection<Collector> slices) {
        FixedBitSet union = new FixedBitSet(Math.max(1, groups));
        slices.forEach(slice -> union.or(((Groups) slice).seen));
        return union;
      }
    });
    return seen.cardinality();
  }

  /** Marks the group of every match. */
  private record Groups(FixedBitSet seen, OrdinalMap map) implements Collector {
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues groups = DocValues.getSorted(context.reader(), Schema.COPY_GROUP);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (groups.advanceExact(doc)) {
            seen.set((int) global.get(groups.ordValue()));
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
