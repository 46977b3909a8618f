package org.newssearch.ingest;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads one raw input format into {@link RawArticle}s. Readers are chosen by content, not by name.
 *
 * <p>To add a format: implement this interface and register it in {@link Ingestor#READERS}, before
 * the more permissive readers.
 */
public interface ArticleReader {

  /** A short name for reports, such as {@code jsonl}. */
  String format();

  /**
   * True for text scraped from pages, which may carry injected spam to clean out; false for
   * structured inputs (JSONL) whose text is taken as given: on the clean CCTV corpus the spam rules
   * cut real text from 0.4% of the articles.
   */
  default boolean scraped() {
    return true;
  }

  /** True when this reader recognizes the input; {@code head} is its first few kilobytes, decoded. */
  boolean accepts(InputFile file, String head);

  /**
   * Reads every article of the input. An article that cannot be read goes to {@code rejects} and the
   * reader continues with the next one.
   */
  void read(InputFile file, Consumer<RawArticle> articles, Consumer<Reject> rejects) throws IOException;
}
