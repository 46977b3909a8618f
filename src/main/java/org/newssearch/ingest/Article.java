package org.newssearch.ingest;

import java.util.Objects;
import java.util.Set;

/**
 * A cleaned news article with its metadata, ready to be indexed; knows nothing of Lucene.
 *
 * @param id stable identifier: derived from the URL when known, else from the content
 * @param title headline in the article's own script
 * @param body cleaned text, paragraphs separated by a newline
 * @param published publication time in the source's local time, or {@code null} when unknown
 * @param source the outlet the article was collected from (site name or host)
 * @param origin the credited wire or outlet the text names (来源: ...), or {@code null}
 * @param url canonical URL, or {@code null}
 * @param author author when given, or {@code null}
 * @param lang detected language tag (zh-Hans, zh-Hant, en, ru, uk, und)
 * @param file the raw file the article came from (relative to the input root where possible)
 * @param flags quality flags researchers can filter on (for example {@code spam-suspected})
 */
public record Article(
    String id,
    String title,
    String body,
    PublishedAt published,
    String source,
    String origin,
    String url,
    String author,
    String lang,
    String file,
    Set<String> flags) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lang, "lang");
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }

  /** The same article with one more quality flag. */
  public Article withFlag(String flag) {
    Set<String> more = new java.util.HashSet<>(flags);
    more.add(flag);
    return new Article(id, title, body, published, source, origin, url, author, lang, file, more);
  }
}
