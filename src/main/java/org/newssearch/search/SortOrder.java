package org.newssearch.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE("relevance"),
  /** Newest first; undated articles last. */
  DATE("date"),
  /** Oldest first; undated articles last. */
  DATE_ASC("date_asc");

  private final String param;

  SortOrder(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  /** Parses the {@code sort} parameter. */
  public static SortOrder parse(String value) {
    for (SortOrder order : values()) {
      if (order.param.equals(value.toLowerCase(Locale.ROOT))) {
        return order;
      }
    }
    throw new BadRequestException("unknown sort '" + value + "'",
        "accepted: " + Arrays.stream(values()).map(SortOrder::param).collect(Collectors.joining(", ")));
  }
}
