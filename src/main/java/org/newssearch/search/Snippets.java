package org.newssearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newssearch.index.Schema;
import org.newssearch.index.StoredText;

/**
 * Highlighted passages of the original text. The matches come from the analyzed fields
 * ({@code body.zh}, {@code body.cjk}, ...), whose offsets point into the original {@code body}, so a
 * Simplified query marks the exact characters of a Traditional article.
 */
final class Snippets {

  static final int PASSAGES = 3;
  private static final int PASSAGE_CHARS = 120;
  /** Where in a passage its first match sits: a little context before, more after. */
  private static final float MATCH_POSITION = 0.3f;

  private final MaskedHighlighter highlighter;

  Snippets(IndexView view, Analyzer analyzer) {
    this(MaskedHighlighter.builder(view, analyzer));
  }

  Snippets(UnifiedHighlighter.Builder builder) {
    this.highlighter = new MaskedHighlighter(builder
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, MATCH_POSITION))
        .withMaxLength(1_000_000));
  }

  /**
   * For each hit, its best passages of the body (the opening when the body has no match), from the
   * hits' stored documents as already read ({@code docs[i]} is {@code hits.scoreDocs[i]}'s).
   */
  List<String>[] body(Query query, TopDocs hits, Document[] docs) throws IOException {
    int[] docIds = new int[hits.scoreDocs.length];
    String[] bodies = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = hits.scoreDocs[i].doc;
      bodies[i] = StoredText.read(docs[i], Schema.BODY);
    }
    return body(query, docIds, bodies);
  }

  /** For each document {@code docIds[i]}, its best passages of {@code texts[i]}, its body. */
  @SuppressWarnings("unchecked")
  List<String>[] body(Query query, int[] docIds, String[] texts) throws IOException {
    Map<Integer, Map<String, String>> bodies = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      bodies.put(docIds[i], Map.of(Schema.BODY, texts[i] == null ? "" : texts[i]));
    }
    Map<String, Object[]> byField =
        highlighter.highlight(new String[] {Schema.BODY}, query, docIds, new int[] {PASSAGES}, bodies);
    Object[] perDoc = byField.get(Schema.BODY);
    List<String>[] out = new List[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      out[i] = perDoc[i] == null ? List.of() : (List<String>) perDoc[i];
    }
    return out;
  }
}
