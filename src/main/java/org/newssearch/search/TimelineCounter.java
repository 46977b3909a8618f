package org.newssearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.newssearch.index.ArticleDocuments;
import org.newssearch.index.Facet;
import org.apache.lucene.search.Query;
import org.newssearch.search.SearchResult.FacetCount;

/** Computes a {@link Timeline}: per-bucket counts of each query and of all articles under the filters. */
final class TimelineCounter {

  /** Most periods one timeline has (27 years of days). */
  static final int MAX_BUCKETS = 10_000;

  private final QueryBuilder queries;
  /** The analysis suffixes the searched generation holds. */
  private final List<String> suffixes;

  TimelineCounter(QueryBuilder queries, List<String> suffixes) {
    this.queries = queries;
    this.suffixes = suffixes;
  }

  Timeline count(IndexView view, List<String> texts, SearchRequest filters, DateHistogram interval, Deadline deadline)
      throws IOException {
    checkQueries(texts);
    List<Query> parsed = new ArrayList<>();
    for (String text : texts) {
      parsed.add(counted(QueryBuilder.withFilters(queries.textQuery(text, suffixes, filters.variants()), filters), filters));
    }
    Map<String, Long> totals = perBucket(
        view.count(counted(QueryBuilder.withFilters(new MatchAllDocsQuery(), filters), filters), deadline), interval);
    List<String> labels = labels(totals, filters, interval);
    List<Long> totalColumn = labels.stream().map(b -> totals.getOrDefault(b, 0L)).toList();
    List<Timeline.Series> series = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      FacetTally.Counts matches = view.count(parsed.get(i), deadline);
      series.add(series(texts.get(i), perBucket(matches, interval), labels, totalColumn, matches.total() - matches.undated(),
          matches.undated()));
    }
    return new Timeline(interval.name().toLowerCase(Locale.ROOT), labels, totalColumn, series);
  }

  /** A timeline compares 1 to {@link Timeline#MAX_QUERIES} queries. */
  static void checkQueries(List<String> texts) {
    if (texts.isEmpty() || texts.size() > Timeline.MAX_QUERIES) {
      throw new BadRequestException("a timeline needs 1 to " + Timeline.MAX_QUERIES + " queries, got " + texts.size(),
          "repeat q: /api/timeline?q=普京&q=泽连斯基");
    }
  }

  /** One query's line: its matches per bucket of {@code labels}, and their shares of {@code totalColumn}. */
  static Timeline.Series series(String text, Map<String, Long> counts, List<String> labels, List<Long> totalColumn,
      long dated, long undated) {
    List<Long> column = labels.stream().map(b -> counts.getOrDefault(b, 0L)).toList();
    List<Double> shares = new ArrayList<>();
    for (int b = 0; b < labels.size(); b++) {
      shares.add(totalColumn.get(b) == 0 ? 0.0 : column.get(b) / (double) totalColumn.get(b));
    }
    return new Timeline.Series(text, dated, undated, column, shares);
  }

  /**
   * Every bucket from the filters' first day (else the first dated article's) to their last (else
   * the last dated article's), so that a line drawn over them passes through the periods without a match.
   */
  static List<String> labels(Map<String, Long> totals, SearchRequest filters, DateHistogram interval) {
    if (totals.isEmpty()) {
      return List.of();
    }
    List<String> present = totals.keySet().stream().sorted().toList();
    LocalDate first = filters.from() != null ? filters.from() : bucket(present.get(0)).first();
    LocalDate last = filters.to() != null ? filters.to() : bucket(present.get(present.size() - 1)).last();
    long buckets = interval.spanOf(first, last);
    if (buckets > MAX_BUCKETS) {
      throw new BadRequestException("too many " + interval.name().toLowerCase(Locale.ROOT) + "s from " + first + " to "
          + last + ": " + buckets, "at most " + MAX_BUCKETS + " periods; choose a longer interval or a shorter from/to");
    }
    return interval.labels(first, last);
  }

  /**
   * With {@code group=copies} a timeline counts stories, not copies: an article that is a copy of an
   * earlier one ({@code flag:copy}) is left out, so a story counts once, on the day it first ran.
   */
  private static Query counted(Query query, SearchRequest filters) {
    if (!filters.groupCopies()) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Facet.FLAG.field, ArticleDocuments.COPY_FLAG)), BooleanClause.Occur.MUST_NOT).build();
  }

  private static DateHistogram.Bucket bucket(String label) {
    return DateHistogram.bucket(label).orElseThrow(() -> new IllegalStateException("not a bucket label: " + label));
  }

  private static Map<String, Long> perBucket(FacetTally.Counts counts, DateHistogram interval) {
    Map<String, Long> perBucket = new HashMap<>();
    for (FacetCount bucket : counts.dates(interval)) {
      perBucket.put(bucket.value(), bucket.count());
    }
    return perBucket;
  }
}
