package org.newssearch.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newssearch.index.Facet;

/**
 * A validated search: the query text and its filters, ordering and page.
 *
 * @param query query text in the user syntax (may be empty: every article)
 * @param filters per facet, the values to keep (any of them); a facet not in it keeps all
 * @param from first day, inclusive, in the outlets' local time, or {@code null}
 * @param to last day, inclusive, or {@code null}
 * @param sort ordering
 * @param size hits per page
 * @param page 1-based page number (ignored when a cursor is given)
 * @param groupCopies whether syndicated copies collapse into one hit ({@code group=copies})
 * @param facetSize values listed per facet, most matches first ({@code facetCardinality} says how many there are)
 * @param cursor opaque position after the previous page, or {@code null}
 * @param variants whether a name in the query is searched in every spelling ({@code variants=on}, the
 *     default) or only as written ({@code off})
 */
public record SearchRequest(
    String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
    SortOrder sort, int size, int page, boolean groupCopies, int facetSize, String cursor, boolean variants) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Page/size reach at most this deep; beyond it the cursor walks. */
  public static final int MAX_DEPTH = 10_000;
  public static final int MAX_QUERY_CHARS = 2_000;
  public static final int DEFAULT_FACET_SIZE = 50;
  /** Enough for every outlet of a large collection; beyond it a facet is a list to export, not to read. */
  public static final int MAX_FACET_SIZE = 1_000;
  /** The dates a filter may name: four-digit years, so that every day has a start and an end in epoch seconds. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  /** The parameters {@link #fromParams} reads. */
  public static final List<String> PARAMETERS = Stream.of(Stream.of("q"), Facet.fields().stream(),
      Stream.of("from", "to", "sort", "size", "page", "group", "facetSize", "cursor", "variants")).flatMap(s -> s).toList();

  public SearchRequest {
    query = query == null ? "" : query.strip();
    Map<Facet, List<String>> kept = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        kept.put(facet, List.copyOf(values));
      }
    });
    filters = kept;
  }

  /** A request with names searched in every spelling (the default). */
  public SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int size, int page, boolean groupCopies, int facetSize, String cursor) {
    this(query, filters, from, to, sort, size, page, groupCopies, facetSize, cursor, true);
  }

  /** A request for {@code query} with defaults. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, DEFAULT_SIZE, 1, false, DEFAULT_FACET_SIZE, null);
  }

  /** The same request with names searched in every spelling ({@code true}) or only as written. */
  public SearchRequest withVariants(boolean on) {
    return new SearchRequest(query, filters, from, to, sort, size, page, groupCopies, facetSize, cursor, on);
  }

  /** The values of {@code facet} to keep; empty keeps all. */
  public List<String> selected(Facet facet) {
    return filters.getOrDefault(facet, List.of());
  }

  /** The same request without its own filter on one facet (multi-select facet counts). */
  public SearchRequest withoutFilter(Facet facet) {
    Map<Facet, List<String>> others = new EnumMap<>(filters);
    others.remove(facet);
    return new SearchRequest(query, others, from, to, sort, size, page, groupCopies, facetSize, cursor, variants);
  }

  /** The same request at another size and cursor (export and cursor walks). */
  public SearchRequest withPage(int newSize, String newCursor) {
    return new SearchRequest(query, filters, from, to, sort, newSize, 1, groupCopies, facetSize, newCursor, variants);
  }

  /**
   * Reads and validates HTTP-style parameters: {@link #PARAMETERS}.
   *
   * @throws BadRequestException naming the bad parameter and what is accepted
   */
  public static SearchRequest fromParams(Map<String, List<String>> params) {
    String q = String.join(" ", params.getOrDefault("q", List.of()));
    if (q.length() > MAX_QUERY_CHARS) {
      throw new BadRequestException("query too long: " + q.length() + " characters", "at most " + MAX_QUERY_CHARS);
    }
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from " + from + " is after to " + to, "from must be on or before to");
    }
    String sort = first(params, "sort");
    int size = integer(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = integer(params, "page", 1, 1, MAX_DEPTH);
    int facetSize = integer(params, "facetSize", DEFAULT_FACET_SIZE, 1, MAX_FACET_SIZE);
    boolean groupCopies = grouping(first(params, "group"));
    String cursor = blankToNull(first(params, "cursor"));
    if (groupCopies && cursor != null) {
      throw new BadRequestException("group=copies pages with page, not with cursor",
          "a cursor walks every article: use group=none with cursor, or page with group=copies");
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new BadRequestException("page " + page + " of size " + size + " is too deep",
          "page x size at most " + MAX_DEPTH + "; walk further with the cursor (nextCursor)");
    }
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      filters.put(facet, values(params, facet.field));
    }
    return new SearchRequest(q, filters, from, to,
        sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.parse(sort), size, page,
        groupCopies, facetSize, cursor, variants(first(params, "variants")));
  }

  /** {@code variants=on} (the default) searches a name in every spelling; {@code off} only as written. */
  private static boolean variants(String value) {
    if (value == null || value.isEmpty() || value.equals("on")) {
      return true;
    }
    if (value.equals("off")) {
      return false;
    }
    throw new BadRequestException("bad variants=" + value,
        "accepted: on (a name in every spelling, the default), off (each word only as written)");
  }

  /** {@code group=copies} collapses syndicated copies; {@code none} (the default) shows every article. */
  private static boolean grouping(String value) {
    if (value == null || value.isEmpty() || value.equals("none")) {
      return false;
    }
    if (value.equals("copies")) {
      return true;
    }
    throw new BadRequestException("bad group=" + value, "accepted: copies (one hit per story), none (every article)");
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    return params.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? null : values.get(0).strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static LocalDate date(Map<String, List<String>> params, String name) {
    String value = first(params, name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
        throw new BadRequestException("date out of range: " + name + "=" + value,
            "accepted: an ISO date from " + FIRST_DAY + " to " + LAST_DAY);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new BadRequestException("bad date " + name + "=" + value,
          "accepted: an ISO date such as 2025-02-18, from " + FIRST_DAY + " to " + LAST_DAY);
    }
  }

  private static int integer(Map<String, List<String>> params, String name, int missing, int min, int max) {
    String value = first(params, name);
    if (value == null || value.isEmpty()) {
      return missing;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the accepted range
    }
    throw new BadRequestException("bad " + name + "=" + value, "accepted: a whole number from " + min + " to " + max);
  }
}
