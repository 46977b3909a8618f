package org.newssearch.ingest;

import java.util.List;
import java.util.Set;

/**
 * What a reader found in one raw input, before identity and language are settled.
 *
 * @param id the identifier the input gives, or {@code null} to derive one
 * @param file where it came from
 * @param title headline, or {@code null} when the reader found none
 * @param paragraphs cleaned body paragraphs, in order
 * @param published publication time, or {@code null}
 * @param source outlet, or {@code null} when the reader cannot tell
 * @param origin credited wire or outlet, or {@code null}
 * @param url canonical URL, or {@code null}
 * @param author author, or {@code null}
 * @param lang language the input declares, or {@code null} to detect it
 * @param flags quality flags raised while cleaning
 */
public record RawArticle(
    String id,
    String file,
    String title,
    List<String> paragraphs,
    PublishedAt published,
    String source,
    String origin,
    String url,
    String author,
    String lang,
    Set<String> flags) {

  public RawArticle {
    paragraphs = List.copyOf(paragraphs);
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }
}
