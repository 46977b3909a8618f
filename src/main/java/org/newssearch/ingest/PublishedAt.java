package org.newssearch.ingest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A publication time as the outlet printed it: its local wall-clock time and, when known, its UTC
 * offset. Never shifted to another zone, so the day a researcher reads is the day the outlet printed.
 *
 * @param local the local date and time
 * @param offset the source's offset from UTC, or {@code null} when the source does not say
 */
public record PublishedAt(LocalDateTime local, ZoneOffset offset) {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  public PublishedAt {
    Objects.requireNonNull(local, "local");
    local = local.withNano(0);
  }

  /** ISO-8601: {@code 2025-05-17T23:20:15+08:00}, or without offset when none is known. */
  public String iso() {
    String text = LOCAL.format(local);
    return offset == null ? text : text + offset.getId().replace("Z", "+00:00");
  }

  /** Parses what {@link #iso()} writes. */
  public static PublishedAt parse(String iso) {
    try {
      OffsetDateTime withOffset = OffsetDateTime.parse(iso);
      return new PublishedAt(withOffset.toLocalDateTime(), withOffset.getOffset());
    } catch (DateTimeParseException noOffset) {
      return new PublishedAt(LocalDateTime.parse(iso), null);
    }
  }

  /**
   * The local wall-clock time counted in seconds as if it were UTC: the value date filters and date
   * histograms use, so that a day filter selects the days the outlets printed.
   */
  public long localEpochSecond() {
    return local.toEpochSecond(ZoneOffset.UTC);
  }
}
