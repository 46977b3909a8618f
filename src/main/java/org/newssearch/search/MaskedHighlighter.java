package org.newssearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
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

  /** Values {@link #highlight(String[], Query, int[], int[], Map)} was given, for the call's duration. */
  private Map<Integer, CharSequence[]> preloaded;

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
        .withScorer(new CompactPassageScorer())
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

  /**
   * The same, over field values the caller has already read: for each document, its values in the
   * order of {@code fields} (a document is then not decompressed twice).
   */
  Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages,
      Map<Integer, CharSequence[]> values) throws IOException {
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
      CharSequence[] perField = preloaded.get(doc).clone();
      for (int f = 0; f < perField.length; f++) {
        // As the stored-field reader would: the highlighter looks at no more than its maximum length.
        if (perField[f] != null && perField[f].length() > getMaxLength()) {
          perField[f] = perField[f].subSequence(0, getMaxLength());
        }
      }
      values.add(perField);
    }
    return values;
  }
}
