package org.newssearch.web;

import java.util.List;
import org.newssearch.ingest.Article;

/**
 * An article as {@code /api/articles/{id}} and the JSONL export give it: all its metadata and
 * provenance, and its text.
 *
 * @param date ISO-8601 in the outlet's local time with its offset when known, or null
 * @param origin the credited wire or outlet, or null
 * @param file the raw file it came from
 * @param flags quality flags, sorted
 */
record ArticleJson(String id, String title, String source, String lang, String date, String url, String origin,
    String author, String file, List<String> flags, String body) {

  static ArticleJson of(Article a) {
    return new ArticleJson(a.id(), a.title(), a.source(), a.lang(), a.published() == null ? null : a.published().iso(),
        a.url(), a.origin(), a.author(), a.file(), a.flags().stream().sorted().toList(), a.body());
  }
}
