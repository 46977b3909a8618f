package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The UnifiedHighlighter as snippets and the article view use it: the stored {@code title} and
 * {@code body} are highlighted with the matches of their analyzed fields (masked fields), found by
 * analyzing each hit's text again ({@link ReanalyzingOffsetStrategy}), whose offsets point into the
 * original text; passages come as lists of HTML strings.
 */
final class MaskedHighlighter extends UnifiedHighlighter {

  /** Values {@link #highlight(String[], Query, int[], int[], Map)} was given, for the call's duration. */
  private Map<Integer, Map<String, String>> preloaded;

  MaskedHighlighter(Builder builder) {
    super(builder);
  }

  /** A builder over {@code view}, whose analyzed fields are the ones masked. */
  static Builder builder(IndexView view, Analyzer analyzer) {
    return builder(view.searcher, view.analyzedFields, analyzer);
  }

  /** A builder over {@code searcher}; {@code masked}: for {@code title} and {@code body}, the analyzed fields it holds. */
  static Builder builder(IndexSearcher searcher, Map<String, Set<String>> masked, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withMaskedFieldsFunc(field -> masked.getOrDefault(field, Set.of()))
        .withScorer(new CompactPassageScorer())
        .withFormatter(new SnippetFormatter());
  }

  /** A highlighter whose masked fields' matches come from the hits' text analyzed again. */
  @Override
  protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
    Set<String> masked = getMaskedFields(field);
    if (masked.isEmpty()) {
      return super.getFieldHighlighter(field, query, allTerms, maxPassages);
    }
    return newFieldHighlighter(field,
        new ReanalyzingOffsetStrategy(getHighlightComponents(field, query, allTerms), query, masked,
            getIndexAnalyzer()),
        new SplittingBreakIterator(getBreakIterator(field), MULTIVAL_SEP_CHAR),
        getScorer(field), maxPassages, getMaxNoHighlightPassages(field), getFormatter(field),
        getPassageSortComparator(field));
  }

  /** For each field, each document's list of formatted passages (or null). */
  Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }

  /**
   * The same, over field values the caller has already read and decoded: for each document, its
   * text by field (a document is then not read twice).
   */
  Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages,
      Map<Integer, Map<String, String>> values) throws IOException {
    preloaded = values;
    try {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    } finally {
      preloaded = null;
    }
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    if (preloaded == null) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      // In the order of fields as the highlighter asks for them (it sorts them), not as given.
      CharSequence[] perField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String value = preloaded.get(doc).get(fields[f]);
        // As the stored-field reader would: the highlighter looks at no more than its maximum length.
        perField[f] = value != null && value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value;
      }
      values.add(perField);
    }
    return values;
  }
}
