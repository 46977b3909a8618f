package org.newssearch.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date labels of facets and timelines ({@code 2025-02-18}, {@code 2025-W08}, {@code 2025-02},
 * {@code 2025}) read back as day ranges, so a bucket can become a from/to filter and a chart can
 * draw the empty buckets between those that have articles.
 */
final class DateBuckets {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  /** More buckets than this are drawn as they come, without filling the gaps (a chart has no room for more). */
  static final int MAX_FILLED = 400;

  /** The first and last day of a bucket, inclusive. */
  record Range(LocalDate first, LocalDate last) {}

  private DateBuckets() {}

  /** The days a label covers, or {@code null} when it is not one of the four forms. */
  static Range range(String label) {
    try {
      return parse(label);
    } catch (java.time.DateTimeException e) {
      return null; // the right shape but no such day (2025-13)
    }
  }

  private static Range parse(String label) {
    Matcher m;
    if ((m = DAY.matcher(label)).matches()) {
      LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return new Range(day, day);
    }
    if ((m = WEEK.matcher(label)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 1, 4) // January 4th is always in ISO week 1
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
      return new Range(monday, monday.plusDays(6));
    }
    if ((m = MONTH.matcher(label)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
      return new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if ((m = YEAR.matcher(label)).matches()) {
      return new Range(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
    }
    return null;
  }

  /** The interval name a label is written in: day, week, month or year (or {@code null}). */
  static String intervalOf(String label) {
    return DAY.matcher(label).matches() ? "day" : WEEK.matcher(label).matches() ? "week"
        : MONTH.matcher(label).matches() ? "month" : YEAR.matcher(label).matches() ? "year" : null;
  }

  /**
   * Every label from the first of {@code labels} to the last, including those with no article, in order;
   * {@code labels} as they are when they are not all of one form or the span is too long to draw.
   */
  static List<String> continuous(List<String> labels) {
    if (labels.size() < 2) {
      return labels;
    }
    String interval = intervalOf(labels.get(0));
    Range first = range(labels.get(0));
    Range last = range(labels.get(labels.size() - 1));
    if (interval == null || first == null || last == null || !interval.equals(intervalOf(labels.get(labels.size() - 1)))) {
      return labels;
    }
    List<String> out = new ArrayList<>();
    for (LocalDate day = first.first(); !day.isAfter(last.first()); day = next(day, interval)) {
      if (out.size() == MAX_FILLED) {
        return labels;
      }
      out.add(label(day, interval));
    }
    return out;
  }

  private static LocalDate next(LocalDate day, String interval) {
    return switch (interval) {
      case "day" -> day.plusDays(1);
      case "week" -> day.plusWeeks(1);
      case "month" -> day.plusMonths(1);
      default -> day.plusYears(1);
    };
  }

  private static String label(LocalDate day, String interval) {
    return switch (interval) {
      case "day" -> day.toString();
      case "week" -> String.format(java.util.Locale.ROOT, "%d-W%02d",
          day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "month" -> String.format(java.util.Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
      default -> Integer.toString(day.getYear());
    };
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
