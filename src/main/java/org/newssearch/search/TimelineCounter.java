package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.newssearch.search.SearchResult.FacetCount;

/** Computes a {@link Timeline}: per-bucket counts of each query and of all articles under the filters. */
final class TimelineCounter {

  /** Most queries one timeline compares. */
  static final int MAX_QUERIES = 8;

  private final QueryBuilder queries;
  /** The analysis suffixes the searched generation holds. */
  private final List<String> suffixes;

  TimelineCounter(QueryBuilder queries, List<String> suffixes) {
    this.queries = queries;
    this.suffixes = suffixes;
  }

  Timeline count(IndexView view, List<String> texts, SearchRequest filters, DateHistogram interval, Deadline deadline)
      throws IOException {
    if (texts.isEmpty() || texts.size() > MAX_QUERIES) {
      throw new BadRequestException("a timeline needs 1 to " + MAX_QUERIES + " queries, got " + texts.size(),
          "repeat q: /api/timeline?q=普京&q=泽连斯基");
    }
    List<Query> parsed = new ArrayList<>();
    for (String text : texts) {
      parsed.add(QueryBuilder.withFilters(queries.textQuery(text, suffixes), filters));
    }
    Map<String, Long> totals = counts(view, QueryBuilder.withFilters(new MatchAllDocsQuery(), filters), interval, deadline);
    TreeSet<String> buckets = new TreeSet<>();
    List<Map<String, Long>> perQuery = new ArrayList<>();
    for (Query q : parsed) {
      Map<String, Long> counts = counts(view, q, interval, deadline);
      buckets.addAll(counts.keySet());
      perQuery.add(counts);
    }
    List<String> labels = List.copyOf(buckets);
    List<Long> totalColumn = labels.stream().map(b -> totals.getOrDefault(b, 0L)).toList();
    List<Timeline.Series> series = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Map<String, Long> counts = perQuery.get(i);
      List<Long> column = labels.stream().map(b -> counts.getOrDefault(b, 0L)).toList();
      List<Double> shares = new ArrayList<>();
      for (int b = 0; b < labels.size(); b++) {
        shares.add(totalColumn.get(b) == 0 ? 0.0 : column.get(b) / (double) totalColumn.get(b));
      }
      series.add(new Timeline.Series(texts.get(i), column.stream().mapToLong(Long::longValue).sum(), column, shares));
    }
    return new Timeline(interval.name().toLowerCase(java.util.Locale.ROOT), labels, totalColumn, series);
  }

  private static Map<String, Long> counts(IndexView view, Query query, DateHistogram interval, Deadline deadline)
      throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (FacetCount bucket : view.count(query, deadline).dates(interval)) {
      counts.put(bucket.value(), bucket.count());
    }
    return counts;
  }
}
