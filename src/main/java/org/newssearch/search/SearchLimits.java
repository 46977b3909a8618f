package org.newssearch.search;

import java.time.Duration;

/**
 * What one request may cost, set by the server (docs/limits.md lists these with the fixed limits of
 * the query syntax and the HTTP layer).
 *
 * @param searchBudget how long one search, timeline or export page may run before it is stopped
 *     with {@link SearchTimeoutException}
 */
public record SearchLimits(Duration searchBudget) {

  /** Two seconds: over 984k articles the slowest query of the benchmark mix takes a tenth of it. */
  public static final SearchLimits DEFAULT = new SearchLimits(Duration.ofSeconds(2));

  public SearchLimits {
    if (searchBudget.isNegative() || searchBudget.isZero()) {
      throw new IllegalArgumentException("search budget " + searchBudget.toMillis() + " ms: it must be above 0");
    }
  }
}
