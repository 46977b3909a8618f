package org.newssearch.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The time budget of one request. {@link #wrap} makes a query stop with {@link SearchTimeoutException}
 * once the budget is spent: its matches are collected in windows of documents, with a look at the
 * clock between windows, on whichever thread scores them (a shared searcher's own timeout is not
 * per request). Without it, one pathological query ({@code "的 的 …"~1000000}, 600 words) held a
 * thread for seconds.
 */
final class Deadline {

  /** Documents scored between two looks at the clock: a few milliseconds of the costliest query. */
  private static final int WINDOW = 1 << 12;

  private final long budgetMillis;
  private final long endNanos;

  private Deadline(long budgetMillis) {
    this.budgetMillis = budgetMillis;
    this.endNanos = System.nanoTime() + budgetMillis * 1_000_000;
  }

  /** A deadline {@code budget} from now. */
  static Deadline after(Duration budget) {
    return new Deadline(budget.toMillis());
  }

  /** Throws once the budget is spent. */
  void check() {
    if (System.nanoTime() - endNanos > 0) {
      throw new SearchTimeoutException(budgetMillis);
    }
  }

  /** {@code query}, stopped when the budget is spent. */
  Query wrap(Query query) {
    return new Budgeted(query, this);
  }

  private static final class Budgeted extends Query {
    private final Query inner;
    private final Deadline deadline;

    Budgeted(Query inner, Deadline deadline) {
      this.inner = inner;
      this.deadline = deadline;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
      Query rewritten = inner.rewrite(searcher);
      return rewritten == inner ? this : new Budgeted(rewritten, deadline);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      Weight weight = inner.createWeight(searcher, scoreMode, boost);
      return new FilterWeight(this, weight) {
        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false; // one request's query: nothing to reuse
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
          ScorerSupplier supplier = in.scorerSupplier(ctx);
          return supplier == null ? null : new BudgetedSupplier(supplier, deadline);
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      inner.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
      return inner.toString(field);
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && inner.equals(((Budgeted) other).inner) && deadline == ((Budgeted) other).deadline;
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), inner, System.identityHashCode(deadline));
    }
  }

  private static final class BudgetedSupplier extends ScorerSupplier {
    private final ScorerSupplier in;
    private final Deadline deadline;

    BudgetedSupplier(ScorerSupplier in, Deadline deadline) {
      this.in = in;
      this.deadline = deadline;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return in.get(leadCost);
    }

    @Override
    public BulkScorer bulkScorer() throws IOException {
      BulkScorer scorer = in.bulkScorer();
      return new BulkScorer() {
        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
          while (min < max) {
            deadline.check();
            min = scorer.score(collector, acceptDocs, min, (int) Math.min(max, (long) min + WINDOW));
          }
          return min;
        }

        @Override
        public long cost() {
          return scorer.cost();
        }
      };
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }
  }
}
