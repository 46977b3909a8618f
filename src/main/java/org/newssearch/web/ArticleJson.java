package org.newssearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.newssearch.ingest.Article;
import org.newssearch.search.CopyGroup;

/**
 * An article as {@code /api/articles/{id}} and the JSONL export give it: all its metadata and
 * provenance, and its text.
 *
 * @param date ISO-8601 in the outlet's local time with its offset when known, or null
 * @param origin the credited wire or outlet, or null
 * @param file the raw file it came from
 * @param flags quality flags, sorted
 * @param copyGroup the id of its copy group (syndicated copies of one story); absent in the export and
 *     for a generation built without groups
 * @param copies the group's other articles, earliest first, at most {@code SearchService.MAX_COPIES}
 *     in all; absent in the export
 */
record ArticleJson(String id, String title, String source, String lang, String date, String url, String origin,
    String author, String file, List<String> flags, String body,
    @JsonInclude(JsonInclude.Include.NON_NULL) String copyGroup,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Copy> copies) {

  /** Another article of the same copy group, as the article endpoint lists it. */
  record Copy(String id, String title, String source, String date) {
    static Copy of(Article a) {
      return new Copy(a.id(), a.title(), a.source(), iso(a));
    }
  }

  /** The article alone, as the export writes it (no copy group). */
  static ArticleJson of(Article a) {
    return of(a, null, null);
  }

  /**
   * The article with its copy group's id and the group's other articles (earliest first); for a
   * generation without groups, no id and no copies.
   */
  static ArticleJson of(Article a, CopyGroup group) {
    return of(a, group.id(), group.members().stream().filter(m -> !m.id().equals(a.id())).map(Copy::of).toList());
  }

  private static ArticleJson of(Article a, String copyGroup, List<Copy> copies) {
    return new ArticleJson(a.id(), a.title(), a.source(), a.lang(), iso(a), a.url(), a.origin(), a.author(), a.file(),
        a.flags().stream().sorted().toList(), a.body(), copyGroup, copies);
  }

  private static String iso(Article a) {
    return a.published() == null ? null : a.published().iso();
  }
}
