package org.newssearch.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newssearch.search.SearchResult.FacetCount;

/** Counts matching articles per day, week, month or year of their local publication date. */
public enum DateHistogram {
  DAY, WEEK, MONTH, YEAR;

  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

  /** The bucket label of a local time: 2025-02-18, 2025-W08, 2025-02 or 2025. */
  public String label(LocalDateTime time) {
    return switch (this) {
      case DAY -> DAY_FORMAT.format(time);
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", time.getYear(), time.getMonthValue());
      case YEAR -> Integer.toString(time.getYear());
    };
  }

  /** Parses {@code day}, {@code week}, {@code month}, {@code year}. */
  public static DateHistogram parse(String value) {
    for (DateHistogram interval : values()) {
      if (interval.name().equalsIgnoreCase(value)) {
        return interval;
      }
    }
    throw new BadRequestException("unknown interval '" + value + "'", "accepted: day, week, month, year");
  }

  /** The interval that gives a readable number of buckets for dates this many days apart. */
  static DateHistogram suiting(long days) {
    return days <= 31 ? DAY : days <= 84 ? WEEK : days <= 3653 ? MONTH : YEAR;
  }

  /** Counts per bucket of this interval from matches per day ({@code days} ascending, since 1970-01-01). */
  List<FacetCount> count(long[] days, long[] matches) {
    // A label is made once per bucket, not once per article (hundreds of thousands for a frequent word).
    Buckets buckets = new Buckets(this);
    for (int i = 0; i < days.length; i++) {
      buckets.add(LocalDate.ofEpochDay(days[i]), matches[i]);
    }
    return buckets.counts();
  }

  /** Adds up days in date order into buckets. */
  private static final class Buckets {
    private final DateHistogram interval;
    private final List<FacetCount> counts = new ArrayList<>();
    private LocalDate first; // the first day of the bucket being added up
    private long key;
    private long n;

    Buckets(DateHistogram interval) {
      this.interval = interval;
    }

    void add(LocalDate day, long articles) {
      long dayKey = interval.bucketKey(day);
      if (first != null && dayKey != key) {
        close();
      }
      if (first == null) {
        first = day;
        key = dayKey;
      }
      n += articles;
    }

    List<FacetCount> counts() {
      if (first != null) {
        close();
      }
      return counts;
    }

    private void close() {
      counts.add(new FacetCount(interval.label(first.atStartOfDay()), n));
      first = null;
      n = 0;
    }
  }

  /** A number that is the same for two dates exactly when they fall in the same bucket. */
  private long bucketKey(LocalDate date) {
    return switch (this) {
      case DAY -> date.toEpochDay();
      case WEEK -> date.get(IsoFields.WEEK_BASED_YEAR) * 100L + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case MONTH -> date.getYear() * 12L + date.getMonthValue();
      case YEAR -> date.getYear();
    };
  }
}
