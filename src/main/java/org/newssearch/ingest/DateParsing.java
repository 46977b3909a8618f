package org.newssearch.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date forms scraped news carries into {@link PublishedAt}, keeping the source's zone. */
public final class DateParsing {

  /** {@code 2025-02-18 17:30:06}, {@code 2025年03月24日11:04:12}, {@code 2025/2/18 17:30}, a bare day. */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{4})[-/年.](\\d{1,2})[-/月.](\\d{1,2})日?(?:[ T]*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private DateParsing() {}

  /** Finds the first numeric date in {@code text}; {@code offset} is the source's zone, or null. */
  public static Optional<PublishedAt> findNumeric(String text, ZoneOffset offset) {
    Matcher m = NUMERIC.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      LocalDate day =
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalDateTime time =
          m.group(4) == null
              ? day.atStartOfDay()
              : day.atTime(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return Optional.of(new PublishedAt(time, offset));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Parses an RFC 1123 date ({@code Tue, 18 Feb 2025 07:27:23 GMT}), keeping its zone. */
  public static Optional<PublishedAt> rfc1123(String text) {
    try {
      ZonedDateTime t = ZonedDateTime.parse(text.trim(), RFC_1123);
      return Optional.of(new PublishedAt(t.toLocalDateTime(), t.getOffset()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Epoch milliseconds, shown in UTC (the instant carries no zone of its own). */
  public static PublishedAt epochMillis(long millis) {
    OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    return new PublishedAt(t.toLocalDateTime(), ZoneOffset.UTC);
  }

  /** Any of the forms above, or ISO-8601 with or without offset. */
  public static Optional<PublishedAt> any(String text, ZoneOffset defaultOffset) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      return Optional.of(PublishedAt.parse(t));
    } catch (DateTimeParseException notIso) {
      return rfc1123(t).or(() -> findNumeric(t, defaultOffset));
    }
  }
}
