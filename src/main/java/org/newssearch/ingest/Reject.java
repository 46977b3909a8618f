package org.newssearch.ingest;

/**
 * An input that could not be turned into an article, with the reason, so that nothing is lost silently.
 *
 * @param file the file (and, for multi-article files, the line or record) that was rejected
 * @param reason what was wrong, in words a researcher can act on
 */
public record Reject(String file, String reason) {}
