package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;

/**
 * The offsets of a query's matches in one stored field, read from the postings of its analyzed
 * (masked) fields through one {@link Weight} made once for all highlighted documents.
 *
 * <p>Lucene's own strategy rewrites the query and builds a new weight for every document and every
 * masked field; with a query on six analyzed fields that was most of the cost of a snippet.
 */
final class SharedWeightOffsetStrategy extends FieldOffsetStrategy {

  private final Weight weight;
  private final Set<String> maskedFields;
  private final List<LeafReaderContext> leaves;

  /**
   * @param weight the highlighted query's weight, made by the searcher whose {@code leaves} these are
   * @param maskedFields the analyzed fields whose matches mark the stored field
   */
  SharedWeightOffsetStrategy(UHComponents components, Weight weight, Set<String> maskedFields,
      List<LeafReaderContext> leaves) {
    super(components);
    this.weight = weight;
    this.maskedFields = maskedFields;
    this.leaves = leaves;
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    Matches matches = weight.matches(contextOf(reader), docId);
    if (matches == null) {
      return OffsetsEnum.EMPTY;
    }
    List<OffsetsEnum> perField = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator iterator = maskedFields.contains(field) ? matches.getMatches(field) : null;
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

  /** The highlighter hands over the leaf readers of the weight's own searcher. */
  private LeafReaderContext contextOf(LeafReader reader) {
    for (LeafReaderContext leaf : leaves) {
      if (leaf.reader() == reader) {
        return leaf;
      }
    }
    throw new IllegalStateException("a leaf reader of another searcher: " + reader);
  }
}
