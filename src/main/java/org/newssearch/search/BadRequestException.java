package org.newssearch.search;

import org.apache.lucene.search.IndexSearcher;

/** Bad input from a user: what was wrong ({@link #getMessage()}) and what is accepted ({@link #detail()}). */
public final class BadRequestException extends RuntimeException {

  private final String detail;

  public BadRequestException(String error, String detail) {
    super(error);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }

  /** A query that expands past Lucene's clause limit (many words, OR terms, or short prefixes) is the user's to change. */
  static BadRequestException tooComplex() {
    return new BadRequestException("query too complex: it expands to more than "
        + IndexSearcher.getMaxClauseCount() + " clauses", "use fewer words, OR terms or a longer prefix before *");
  }
}
