package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.newssearch.analysis.ChineseBigramAnalyzer;
import org.newssearch.analysis.LanguageAnalyzers;

/**
 * The offsets of a query's matches in one stored field, found by analyzing the field's text again,
 * for each highlighted document, into the analyzed fields it was indexed as ({@code body} into
 * {@code body.cjk}, ...) in a one-document {@link MemoryIndex} with offsets: the index keeps no
 * offsets, and the same analyzer gives the same offsets the postings would have held.
 *
 * <p>Only the analyzed fields that the document has in the index (it has norms there) are analyzed,
 * one for most articles, and only the tokens the query can match are kept, as Lucene's own
 * analysis strategy does. In a Chinese bigram field, paragraphs that cannot hold a match are not
 * analyzed at all ({@link UnmatchedParagraphs}).
 */
final class ReanalyzingOffsetStrategy extends FieldOffsetStrategy {

  /** The analyzed fields' suffixes whose analyzer is {@link ChineseBigramAnalyzer} ({@code cjk}). */
  private static final Set<String> BIGRAM_SUFFIXES = bigramSuffixes();

  private final Query query;
  private final Set<String> analyzedFields;
  private final Analyzer analyzer;
  /** For each analyzed field, what of its tokens the query can match. */
  private final Map<String, QueryTerms> termsByField = new HashMap<>();

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
    analyzedFields.forEach(field -> termsByField.put(field, new QueryTerms(isBigramField(field))));
    query.visit(new TermCollector());
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.ANALYSIS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    MemoryIndex memory = new MemoryIndex(true, false);
    for (String field : analyzedFields) {
      QueryTerms terms = termsByField.get(field);
      if (!terms.isEmpty() && indexedIn(reader, docId, field)) {
        // Only the tokens the query can match go into the index: the others cost and mark nothing.
        String text = terms.matchWithinParagraphs ? UnmatchedParagraphs.blank(content, terms.matches) : content;
        memory.addField(field, new OnlyQueryTerms(analyzer.tokenStream(field, text), terms));
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

  /** The terms and term patterns ({@code 战*}) of the query in one field. */
  private static final class QueryTerms {
    final Set<BytesRef> terms = new HashSet<>();
    /** What a paragraph must contain to hold a match of each of the query's term or phrase queries. */
    final List<UnmatchedParagraphs.Match> matches = new ArrayList<>();
    final List<ByteRunAutomaton> patterns = new ArrayList<>();
    /**
     * Whether every match of the query in this field lies within one paragraph: a bigram field,
     * queried by terms and exact phrases of Han characters only (a run of them never crosses a line
     * break); no patterns, no slop, no phrase with gaps.
     */
    boolean matchWithinParagraphs;

    QueryTerms(boolean bigramField) {
      this.matchWithinParagraphs = bigramField;
    }

    boolean isEmpty() {
      return terms.isEmpty() && patterns.isEmpty();
    }

    boolean matches(BytesRef term) {
      if (terms.contains(term)) {
        return true;
      }
      for (ByteRunAutomaton pattern : patterns) {
        if (pattern.run(term.bytes, term.offset, term.length)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Gathers the query's terms by analyzed field; what must not match marks nothing. */
  private final class TermCollector extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      return termsByField.containsKey(field);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      for (Term term : terms) {
        termsByField.get(term.field()).terms.add(BytesRef.deepCopyOf(term.bytes()));
      }
      if (terms.length > 0) {
        QueryTerms field = termsByField.get(terms[0].field());
        field.matchWithinParagraphs &= matchesWithinARun(query);
        field.matches.add(UnmatchedParagraphs.Match.of(query, terms));
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      termsByField.get(field).patterns.add(automaton.get());
      termsByField.get(field).matchWithinParagraphs = false;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }

  /** Keeps the tokens the query can match, at their positions and offsets. */
  private static final class OnlyQueryTerms extends FilteringTokenFilter {
    private final TermToBytesRefAttribute term = addAttribute(TermToBytesRefAttribute.class);
    private final QueryTerms terms;

    OnlyQueryTerms(TokenStream input, QueryTerms terms) {
      super(input);
      this.terms = terms;
    }

    @Override
    protected boolean accept() {
      return terms.matches(term.getBytesRef());
    }
  }

  /**
   * Whether each match of {@code query} lies within one run of Han characters: a term, or an exact
   * phrase of Han terms at consecutive positions (runs stand {@code RunBreakPositions.BREAK}
   * positions apart, so such a phrase cannot span two).
   */
  private static boolean matchesWithinARun(Query query) {
    if (query instanceof TermQuery || query instanceof SynonymQuery) {
      return true;
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase.getSlop() == 0 && consecutive(phrase.getPositions())
          && Arrays.stream(phrase.getTerms()).allMatch(ReanalyzingOffsetStrategy::isHan);
    }
    if (query instanceof MultiPhraseQuery phrase) {
      return phrase.getSlop() == 0 && consecutive(phrase.getPositions())
          && Arrays.stream(phrase.getTermArrays()).flatMap(Arrays::stream).allMatch(ReanalyzingOffsetStrategy::isHan);
    }
    return false;
  }

  private static boolean consecutive(int[] positions) {
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] - positions[i - 1] > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(Term term) {
    String text = term.text();
    return !text.isEmpty() && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Whether {@code field} ({@code body.cjk}) is analyzed by {@link ChineseBigramAnalyzer}. */
  private static boolean isBigramField(String field) {
    return BIGRAM_SUFFIXES.contains(field.substring(field.lastIndexOf('.') + 1));
  }

  private static Set<String> bigramSuffixes() {
    Set<String> suffixes = new HashSet<>();
    for (String suffix : LanguageAnalyzers.allSuffixes()) {
      try (Analyzer analyzer = LanguageAnalyzers.forSuffix(suffix)) {
        if (analyzer instanceof ChineseBigramAnalyzer) {
          suffixes.add(suffix);
        }
      }
    }
    return Set.copyOf(suffixes);
  }

  /** Whether the document was indexed with this analyzed field: it then has a norm for it. */
  private static boolean indexedIn(LeafReader reader, int docId, String field) throws IOException {
    NumericDocValues norms = reader.getNormValues(field);
    return norms != null && norms.advanceExact(docId);
  }
}
