package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;

/**
 * The offsets of a query's matches in one stored field, found by analyzing the field's text again,
 * for each highlighted document, into the analyzed fields it was indexed as ({@code body} into
 * {@code body.cjk}, ...) in a one-document {@link MemoryIndex} with offsets: the index keeps no
 * offsets, and the same analyzer gives the same offsets the postings would have held.
 *
 * <p>Only the analyzed fields that the document has in the index (it has norms there) are analyzed:
 * one for most articles, whatever number of languages the index holds.
 */
final class ReanalyzingOffsetStrategy extends FieldOffsetStrategy {

  private final Query query;
  private final Set<String> analyzedFields;
  private final Analyzer analyzer;

  /**
   * @param query the highlighted query, not rewritten (it is rewritten against each document)
   * @param analyzedFields the analyzed fields whose matches mark the stored field
   * @param analyzer the per-field analyzer the index was built with
   */
  ReanalyzingOffsetStrategy(UHComponents components, Query query, Set<String> analyzedFields, Analyzer analyzer) {
    super(components);
    this.query = query;
    this.analyzedFields = analyzedFields;
    this.analyzer = analyzer;
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.ANALYSIS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    MemoryIndex memory = new MemoryIndex(true, false);
    for (String field : analyzedFields) {
      if (indexedIn(reader, docId, field)) {
        memory.addField(field, content, analyzer);
      }
    }
    IndexSearcher searcher = memory.createSearcher();
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
    if (matches == null) {
      return OffsetsEnum.EMPTY;
    }
    List<OffsetsEnum> perField = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator iterator = analyzedFields.contains(field) ? matches.getMatches(field) : null;
      if (iterator != null) {
        perField.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
      }
    }
    return switch (perField.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> perField.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(perField);
    };
  }

  /** Whether the document was indexed with this analyzed field: it then has a norm for it. */
  private static boolean indexedIn(LeafReader reader, int docId, String field) throws IOException {
    NumericDocValues norms = reader.getNormValues(field);
    return norms != null && norms.advanceExact(docId);
  }
}
