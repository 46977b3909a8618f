package org.newssearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.newssearch.index.Schema;
import org.newssearch.search.SearchResult.FacetCount;

/** Counts matching articles per day, week, month or year of their local publication date. */
public enum DateHistogram {
  DAY, WEEK, MONTH, YEAR;

  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;
  static final long SECONDS_PER_DAY = 86_400;
  /** Up to about 270 years of dates are counted in an array, a day a slot; wider spans are sorted. */
  static final long MAX_COUNTED_DAYS = 100_000;

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

  /** Counts per bucket from matches per day ({@code days} ascending, since 1970-01-01), with an interval that suits their span. */
  static List<FacetCount> count(long[] days, long[] counts) {
    if (days.length == 0) {
      return List.of();
    }
    Buckets buckets = new Buckets(suiting(days[days.length - 1] - days[0]));
    for (int i = 0; i < days.length; i++) {
      buckets.add(LocalDate.ofEpochDay(days[i]), counts[i]);
    }
    return buckets.counts();
  }

  /** Counts per bucket of this interval, in date order. */
  List<FacetCount> count(long[] localSeconds) {
    // Counts per day first, then per bucket: a label is made once per bucket, not once per article
    // (hundreds of thousands for a frequent word) nor once per day.
    Buckets buckets = new Buckets(this);
    perDay(localSeconds, (day, n) -> buckets.add(LocalDate.ofEpochDay(day), n));
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

  /** Calls {@code each} with every day (days since 1970-01-01) that has articles, in order, and their count. */
  private static void perDay(long[] localSeconds, BiConsumer<Long, Long> each) {
    long[] days = new long[localSeconds.length];
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < days.length; i++) {
      days[i] = Math.floorDiv(localSeconds[i], SECONDS_PER_DAY);
      first = Math.min(first, days[i]);
      last = Math.max(last, days[i]);
    }
    if (days.length > 0 && last - first < MAX_COUNTED_DAYS) {
      // An array over the days spanned: no sort of hundreds of thousands of dates.
      int[] counts = new int[(int) (last - first + 1)];
      for (long day : days) {
        counts[(int) (day - first)]++;
      }
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          each.accept(first + i, (long) counts[i]);
        }
      }
      return;
    }
    Arrays.sort(days); // dates scattered over more than MAX_COUNTED_DAYS (misparsed years, say)
    for (int start = 0, end; start < days.length; start = end) {
      end = start + 1;
      while (end < days.length && days[end] == days[start]) {
        end++;
      }
      each.accept(days[start], (long) (end - start));
    }
  }

  /** The local publication seconds of every matching document that has one. */
  static long[] dates(FacetsCollector matches) throws IOException {
    long[] out = new long[16];
    int n = 0;
    for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
      NumericDocValues values = segment.context().reader().getNumericDocValues(Schema.DATE);
      if (values == null) {
        continue;
      }
      DocIdSetIterator docs = segment.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = values.longValue();
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
