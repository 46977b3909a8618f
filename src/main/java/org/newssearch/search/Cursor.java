package org.newssearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * The opaque position after a page: the last hit's sort value and document, and the index generation
 * it belongs to (document numbers mean nothing in another generation).
 */
final class Cursor {

  private Cursor() {}

  static String encode(String generation, SortOrder sort, ScoreDoc last) {
    Object value = ((FieldDoc) last).fields[0];
    String text = generation + "|" + sort.param() + "|" + last.doc + "|" + value;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(String cursor, String generation, SortOrder sort) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
    if (parts.length != 4 || !parts[1].equals(sort.param())) {
      throw invalid(cursor);
    }
    if (!parts[0].equals(generation)) {
      throw new BadRequestException("cursor expired: the index was rebuilt or updated since it was issued",
          "start again without a cursor");
    }
    try {
      int doc = Integer.parseInt(parts[2]);
      Object value = sort == SortOrder.RELEVANCE ? (Object) Float.parseFloat(parts[3]) : (Object) Long.parseLong(parts[3]);
      float score = sort == SortOrder.RELEVANCE ? (Float) value : Float.NaN;
      return new FieldDoc(doc, score, new Object[] {value, doc});
    } catch (NumberFormatException e) {
      throw invalid(cursor);
    }
  }

  private static BadRequestException invalid(String cursor) {
    return new BadRequestException("invalid cursor '" + cursor + "'",
        "pass back the nextCursor of the previous answer unchanged, with the same q, filters and sort");
  }
}
