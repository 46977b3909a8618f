package org.newssearch.search;

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
}
