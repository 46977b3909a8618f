package org.newssearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The UnifiedHighlighter as snippets and the article view use it: the stored {@code title} and
 * {@code body} are highlighted with the matches of their analyzed fields (masked fields), whose
 * offsets in the postings point into the original text; passages come as lists of HTML strings.
 */
final class MaskedHighlighter extends UnifiedHighlighter {

  MaskedHighlighter(Builder builder) {
    super(builder);
  }

  /**
   * A builder over {@code view}. Only analyzed fields the generation holds are masked: for a field
   * with no postings the highlighter would re-analyze every hit's text with its analyzer.
   */
  static Builder builder(IndexView view, Analyzer analyzer) {
    Map<String, Set<String>> masked = view.analyzedFieldsWithOffsets;
    return UnifiedHighlighter.builder(view.searcher, analyzer)
        .withMaskedFieldsFunc(field -> masked.getOrDefault(field, Set.of()))
        .withFormatter(new SnippetFormatter());
  }

  /** A highlighter whose masked fields' matches come from one weight for all documents. */
  @Override
  protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
    Set<String> masked = getMaskedFields(field);
    if (masked.isEmpty()) {
      return super.getFieldHighlighter(field, query, allTerms, maxPassages);
    }
    IndexSearcher searcher = getIndexSearcher();
    Weight weight;
    try {
      weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return newFieldHighlighter(field,
        new SharedWeightOffsetStrategy(getHighlightComponents(field, query, allTerms), weight, masked,
            searcher.getIndexReader().leaves()),
        new SplittingBreakIterator(getBreakIterator(field), MULTIVAL_SEP_CHAR),
        getScorer(field), maxPassages, getMaxNoHighlightPassages(field), getFormatter(field),
        getPassageSortComparator(field));
  }

  /** For each field, each document's list of formatted passages (or null). */
  Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
