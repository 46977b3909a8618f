package org.newssearch.ingest;

/**
 * An input that could not be turned into an article, or an article kept without a field that was
 * wrong, with the reason, so that nothing is lost silently.
 *
 * @param file the file (and, for multi-article files, the line or record) that was rejected
 * @param reason what was wrong, in words a researcher can act on
 * @param kept true when the article was indexed without the bad part (a warning), false when it was not
 */
public record Reject(String file, String reason, boolean kept) {

  /** An input that was not indexed. */
  public Reject(String file, String reason) {
    this(file, reason, false);
  }

  /** An article indexed without the part {@code reason} names. */
  static Reject kept(String file, String reason) {
    return new Reject(file, reason, true);
  }
}
