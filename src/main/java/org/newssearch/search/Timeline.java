package org.newssearch.search;

import java.util.List;

/**
 * Attention over time: for each query, matching articles per interval and their share of all
 * articles (under the same source, language and date filters) in that interval.
 *
 * @param interval day, week, month or year
 * @param buckets every interval's label from the first to the last, in date order, those with no
 *     match included: the {@code from}/{@code to} filters when given, else the span of all dated
 *     articles under the filters
 * @param totals all articles per bucket (the denominators of the shares)
 * @param series one per query, in the order asked
 */
public record Timeline(String interval, List<String> buckets, List<Long> totals, List<Series> series) {

  /** Most queries one timeline compares. */
  public static final int MAX_QUERIES = 8;

  /**
   * @param query the query text
   * @param total matching articles with a date
   * @param undated matching articles without a date, in no bucket
   * @param counts matches per bucket, aligned with {@link Timeline#buckets()}
   * @param shares counts divided by totals (0 where a bucket has no articles)
   */
  public record Series(String query, long total, long undated, List<Long> counts, List<Double> shares) {}
}
