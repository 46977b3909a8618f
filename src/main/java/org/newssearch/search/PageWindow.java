package org.newssearch.search;

import java.util.Arrays;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.newssearch.index.Schema;

/**
 * Where a page of hits lies in the sorted matches: after a cursor, or {@code skip} hits in (page
 * and size).
 *
 * @param order the request's ordering
 * @param after the last hit of the previous page (from the cursor), or {@code null}
 * @param skip hits before the page when there is no cursor
 * @param size hits on the page
 * @param commitKey the generation and commit the cursor belongs to
 */
record PageWindow(SortOrder order, FieldDoc after, int skip, int size, String commitKey) {

  static PageWindow of(SearchRequest request, String commitKey) {
    FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), commitKey, request.sort());
    int skip = after == null ? (request.page() - 1) * request.size() : 0;
    return new PageWindow(request.sort(), after, skip, request.size(), commitKey);
  }

  /** The top hits to collect: those skipped and the page. */
  int depth() {
    return skip + size;
  }

  Sort sort() {
    return sortOf(order);
  }

  /** The page's hits out of the top {@link #depth()}. */
  ScoreDoc[] page(TopDocs top) {
    return Arrays.copyOfRange(top.scoreDocs, Math.min(skip, top.scoreDocs.length), top.scoreDocs.length);
  }

  /** The cursor to the next page, or {@code null} after the last. */
  String next(ScoreDoc[] page, long total) {
    boolean more = page.length == size && (after != null || skip + page.length < total);
    return more ? Cursor.encode(commitKey, order, page[page.length - 1]) : null;
  }

  /** Relevance, ties by index order; or date (undated articles last), ties by index order. */
  static Sort sortOf(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
      case DATE -> new Sort(dateField(true), SortField.FIELD_DOC);
      case DATE_ASC -> new Sort(dateField(false), SortField.FIELD_DOC);
    };
  }

  private static SortField dateField(boolean newestFirst) {
    SortField field = new SortField(Schema.DATE, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }
}
