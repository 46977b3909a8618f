package org.newssearch.web;

/**
 * A message box on a page ({@code message.jte}): {@code kind} is error (announced at once) or empty
 * (a status); the headline and the optional detail are plain text.
 */
public record Message(String kind, String headline, String detail) {

  static Message error(String headline, String detail) {
    return new Message("error", headline, detail);
  }

  static Message empty(String headline, String detail) {
    return new Message("empty", headline, detail);
  }

  /** The ARIA role: an error interrupts, anything else waits its turn. */
  public String role() {
    return kind.equals("error") ? "alert" : "status";
  }

  public boolean hasDetail() {
    return detail != null && !detail.isBlank();
  }
}
