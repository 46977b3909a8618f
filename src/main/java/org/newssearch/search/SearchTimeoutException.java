package org.newssearch.search;

/** A search that ran past its time budget and was stopped; the API answers 503 with Retry-After. */
public final class SearchTimeoutException extends RuntimeException {

  private final long budgetMillis;

  public SearchTimeoutException(long budgetMillis) {
    super("the search took longer than its budget of " + budgetMillis + " ms and was stopped", null, false, false);
    this.budgetMillis = budgetMillis;
  }

  public long budgetMillis() {
    return budgetMillis;
  }

  /** What the user can do about it. */
  public String detail() {
    return "narrow the query: rarer words, a shorter phrase or a smaller slop (\"a b\"~5), or a source, language or "
        + "date filter; the budget is a server setting (serve --search-budget-ms)";
  }
}
