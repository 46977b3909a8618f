package org.newssearch.search;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newssearch.search.SearchResult.FacetCount;

/**
 * Counts matching articles per day, week, month or year of their local publication date. The one
 * place where date buckets are labelled ({@code 2025-02-18}, {@code 2025-W08} (ISO week),
 * {@code 2025-02}, {@code 2025}) and where a label is read back as its days.
 */
public enum DateHistogram {
  DAY(Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})")),
  WEEK(Pattern.compile("(\\d{4})-W(\\d{2})")),
  MONTH(Pattern.compile("(\\d{4})-(\\d{2})")),
  YEAR(Pattern.compile("(\\d{4})"));

  /** The days a bucket label covers, inclusive. */
  public record Bucket(DateHistogram interval, LocalDate first, LocalDate last) {}

  private final Pattern labelForm;

  DateHistogram(Pattern labelForm) {
    this.labelForm = labelForm;
  }

  /** The label of the bucket a day falls in: 2025-02-18, 2025-W08, 2025-02 or 2025. */
  public String label(LocalDate day) {
    return switch (this) {
      case DAY -> day.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
      case YEAR -> Integer.toString(day.getYear());
    };
  }

  /** The first day of the bucket a day falls in. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the bucket after the one a day falls in. */
  public LocalDate next(LocalDate day) {
    LocalDate start = start(day);
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** How many buckets there are from the one {@code first} falls in to the one {@code last} falls in. */
  public long spanOf(LocalDate first, LocalDate last) {
    LocalDate from = start(first);
    LocalDate to = start(last);
    return 1 + switch (this) {
      case DAY -> ChronoUnit.DAYS.between(from, to);
      case WEEK -> ChronoUnit.WEEKS.between(from, to);
      case MONTH -> ChronoUnit.MONTHS.between(from, to);
      case YEAR -> ChronoUnit.YEARS.between(from, to);
    };
  }

  /** Every bucket's label from the one {@code first} falls in to the one {@code last} falls in, in order. */
  public List<String> labels(LocalDate first, LocalDate last) {
    List<String> labels = new ArrayList<>();
    for (LocalDate day = start(first); !day.isAfter(last); day = next(day)) {
      labels.add(label(day));
    }
    return labels;
  }

  /** The interval and days of a label this class wrote, or empty when it is none (2025-13, text). */
  public static Optional<Bucket> bucket(String label) {
    for (DateHistogram interval : values()) {
      Matcher m = interval.labelForm.matcher(label);
      if (m.matches()) {
        try {
          return Optional.of(interval.bucketOf(m));
        } catch (DateTimeException e) {
          return Optional.empty(); // the right shape but no such day
        }
      }
    }
    return Optional.empty();
  }

  private Bucket bucketOf(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    LocalDate first = switch (this) {
      case DAY -> LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      case WEEK -> checkedWeek(year, Integer.parseInt(m.group(2)));
      case MONTH -> LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
    return new Bucket(this, first, next(first).minusDays(1));
  }

  /** The Monday of ISO week {@code week} of {@code year} (January 4th is always in week 1). */
  private static LocalDate checkedWeek(int year, int week) {
    LocalDate fourth = LocalDate.of(year, 1, 4);
    IsoFields.WEEK_OF_WEEK_BASED_YEAR.range().checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    LocalDate monday = fourth.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    if (monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
      throw new DateTimeException("no week " + week + " in " + year);
    }
    return monday;
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
      counts.add(new FacetCount(interval.label(first), n));
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
