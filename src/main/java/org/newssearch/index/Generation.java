package org.newssearch.index;

import java.nio.file.Path;
import java.util.Map;

/**
 * One generation of an index directory, as its last commit describes it.
 *
 * @param dir its directory ({@code gen-000003})
 * @param number its number (3)
 * @param serving whether {@code CURRENT} names it
 * @param complete whether its build committed (a crashed build leaves an incomplete one)
 * @param articles articles in its last commit
 * @param bytes its size on disk
 * @param commitData its last commit's data: schema version, when built, from what, last change
 */
public record Generation(Path dir, int number, boolean serving, boolean complete, long articles, long bytes,
    Map<String, String> commitData) {

  /** Commit data key: when the generation was built (ISO-8601 instant). */
  static final String BUILT_KEY = "newssearch.built";
  /** Commit data key: the inputs it was built from, one path a line. */
  static final String INPUTS_KEY = "newssearch.inputs";
  /** Commit data key: the last change made to it after its build (an addition or deletion), in words. */
  static final String CHANGED_KEY = "newssearch.changed";

  public Generation {
    commitData = Map.copyOf(commitData);
  }

  public String name() {
    return dir.getFileName().toString();
  }

  /** When it was built (ISO-8601), or empty for a generation built before this was recorded. */
  public String builtAt() {
    return commitData.getOrDefault(BUILT_KEY, "");
  }

  /** What it was built from (one path a line), or empty. */
  public String inputs() {
    return commitData.getOrDefault(INPUTS_KEY, "");
  }

  /** Its last change after the build, in words, or empty. */
  public String lastChange() {
    return commitData.getOrDefault(CHANGED_KEY, "");
  }

  public int schema() {
    return Schema.versionOf(commitData);
  }
}
