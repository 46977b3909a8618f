package org.newssearch.web;

import org.newssearch.search.DateHistogram;

/**
 * Date buckets as people read them: a week by its first day ({@code 2025-W08} is "week of
 * 2025-02-17"), a day, month or year as labelled. URLs and the API keep the labels.
 */
final class PeriodNames {

  private PeriodNames() {}

  static String of(String label) {
    return weekStart(label).map(monday -> "week of " + monday).orElse(label);
  }

  /** Where room is short (under the chart's axis): a week by its first day alone. */
  static String brief(String label) {
    return weekStart(label).orElse(label);
  }

  private static java.util.Optional<String> weekStart(String label) {
    return DateHistogram.bucket(label).filter(bucket -> bucket.interval() == DateHistogram.WEEK)
        .map(bucket -> bucket.first().toString());
  }
}
