package org.newssearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newssearch.index.BuildReport;
import org.newssearch.index.IndexBuilder;

/** Indexes built once per test run from fixtures, shared by the tests that only read them. */
public final class TestIndexes {

  /** The five seed articles, as shipped in sample-data/. */
  public static final Path SEEDS = Path.of("sample-data");

  /** The hand-counted search fixture (src/test/resources/search/articles.jsonl). */
  public static final Path SEARCH_ARTICLES = Path.of("src/test/resources/search/articles.jsonl");

  private static Path seedIndex;
  private static Path searchIndex;

  private TestIndexes() {}

  /** An index of the five seeds (built on first use). */
  public static synchronized Path seeds() {
    if (seedIndex == null) {
      seedIndex = build(List.of(SEEDS));
    }
    return seedIndex;
  }

  /** An index of the search fixture (built on first use; only read by the tests that share it). */
  public static synchronized Path searchArticles() {
    if (searchIndex == null) {
      searchIndex = build(List.of(SEARCH_ARTICLES));
    }
    return searchIndex;
  }

  /** A fresh index of these JSONL lines (one article each), written to {@code dir}/articles.jsonl first. */
  public static Path ofJsonLines(Path dir, String... lines) {
    try {
      Path jsonl = dir.resolve("articles.jsonl");
      Files.writeString(jsonl, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return build(List.of(jsonl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh index of {@code inputs} in a temporary directory. */
  public static Path build(List<Path> inputs) {
    try {
      Path dir = Files.createTempDirectory("newssearch-test-index");
      BuildReport report = new IndexBuilder(dir, 2).rebuild(inputs, (articles, chars, rejects) -> {});
      if (report.indexed() == 0) {
        throw new IllegalStateException("fixture index is empty; rejects: " + report.rejects());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
