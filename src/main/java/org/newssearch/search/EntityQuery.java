package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

/**
 * The spellings of one name, searched as one term: an article matches when it has any spelling, and
 * scores as the best of them, each scored with the same statistics. Every term of every spelling in a
 * field gets the document frequency of the name as a whole (the sum of the spellings' frequencies, at
 * most the field's document count; {@link SharedIdfSimilarity}), so a rare spelling (维特科夫, 2
 * articles) weighs what the common one (威特科夫, 39) does, and an article is ranked by how it speaks of
 * the entity, not by which spelling its outlet uses. Counting and highlighting need no scores: for them
 * it is a plain disjunction.
 */
final class EntityQuery extends Query {

  private final List<Query> spellings;

  EntityQuery(List<Query> spellings) {
    this.spellings = List.copyOf(spellings);
  }

  List<Query> spellings() {
    return spellings;
  }

  /** The articles with any spelling, unscored: what counting needs ({@code CountingQuery}). */
  BooleanQuery anyOf() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    spellings.forEach(s -> any.add(s, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    if (spellings.size() == 1) {
      return spellings.get(0);
    }
    List<Query> rewritten = new ArrayList<>();
    boolean changed = false;
    for (Query spelling : spellings) {
      Query r = spelling.rewrite(searcher);
      rewritten.add(r);
      changed |= r != spelling;
    }
    return changed ? new EntityQuery(rewritten) : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return new FilterWeight(this, searcher.createWeight(searcher.rewrite(anyOf()), scoreMode, boost)) {};
    }
    IndexSearcher shared = new IndexSearcher(searcher.getIndexReader()) {
      // The statistics are the searcher's: on an OpenSearch shard searched with dfs_query_then_fetch,
      // the whole index's, so that a name scores as it does in one index.
      @Override
      public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        return searcher.termStatistics(term, docFreq, totalTermFreq);
      }

      @Override
      public CollectionStatistics collectionStatistics(String field) throws IOException {
        return searcher.collectionStatistics(field);
      }
    };
    shared.setQueryCache(null);
    shared.setSimilarity(new SharedIdfSimilarity(searcher.getSimilarity(), documentFrequencies(searcher)));
    Query best = shared.rewrite(new DisjunctionMaxQuery(spellings, 0f));
    return new FilterWeight(this, shared.createWeight(best, scoreMode, boost)) {};
  }

  /**
   * Per field, how many articles have some spelling, estimated from the postings alone: for each
   * spelling, its rarest term in the field (a phrase is at most as frequent), summed over the spellings;
   * and the most terms a spelling has there (a phrase of three bigrams weighs as three terms do).
   */
  private Map<String, SharedIdfSimilarity.Shared> documentFrequencies(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Long> perField = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    for (Query spelling : spellings) {
      Map<String, Long> rarest = new HashMap<>();
      List<Term[]> leaves = new ArrayList<>();
      spelling.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query query, Term... terms) {
          leaves.add(terms);
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
      });
      for (Term[] terms : leaves) {
        long min = Long.MAX_VALUE;
        for (Term term : terms) {
          int docFreq = reader.docFreq(term);
          min = Math.min(min, docFreq == 0 ? AbsentTerms.docFreq(searcher, term)
              : searcher.termStatistics(term, docFreq, reader.totalTermFreq(term)).docFreq());
        }
        rarest.merge(terms[0].field(), min, Math::max);
        longest.merge(terms[0].field(), terms.length, Math::max);
      }
      rarest.forEach((field, df) -> perField.merge(field, df, Long::sum));
    }
    Map<String, SharedIdfSimilarity.Shared> shared = new HashMap<>();
    for (Map.Entry<String, Long> field : perField.entrySet()) {
      CollectionStatistics fieldStats = searcher.collectionStatistics(field.getKey());
      long df = Math.min(field.getValue(), fieldStats == null ? 0 : fieldStats.docCount());
      shared.put(field.getKey(), new SharedIdfSimilarity.Shared(df, longest.get(field.getKey())));
    }
    return shared;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor any = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
    spellings.forEach(s -> s.visit(any));
  }

  @Override
  public String toString(String field) {
    StringBuilder out = new StringBuilder("Entity(");
    for (int i = 0; i < spellings.size(); i++) {
      out.append(i == 0 ? "" : " | ").append(spellings.get(i).toString(field));
    }
    return out.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && spellings.equals(((EntityQuery) other).spellings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), spellings);
  }
}
