package org.newssearch.index;

/**
 * An article skipped because an earlier one of the same run has exactly its text.
 *
 * @param id the skipped article's id
 * @param file the file it came from
 * @param firstId the id of the article indexed in its place
 * @param firstFile the file that one came from
 */
public record Duplicate(String id, String file, String firstId, String firstFile) {}
