package org.newssearch.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newssearch.index.Facet;
import org.newssearch.index.Schema;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchResult.Expansion;

/**
 * The user query syntax (Lucene's classic syntax: AND by default, OR, NOT/-, parentheses,
 * "phrases", "a b"~5, word*, title:/body:/source:/lang:/flag:) expanded over every analyzed field.
 *
 * <p>Every word or run of Han characters becomes a phrase on each analyzed field: smartcn words for
 * precision, CJK bigrams for names the segmenter splits, each language's stemmed field; a match on
 * any of them counts, and matches in titles weigh more.
 */
final class NewsQueryParser extends QueryParser {

  /** The virtual default field: title and body. */
  private static final String ANY = "_any";
  private static final float TITLE_BOOST = 2.0f;
  private static final String WORDS = "zh";
  private static final String BIGRAMS = "cjk";
  /** What the one clause left of a word's words and bigrams weighs: it scores for both. */
  private static final float WORD_WEIGHT = 2.0f;
  /** The fields that analyze Han text as Chinese (or CJK bigrams): where a Han word is looked for. */
  private static final List<String> HAN_SUFFIXES = List.of("zh", "cjk", "std");
  /** Every field but smartcn's words: a prefix of a Chinese word is better served by the bigrams. */
  private static final List<String> PREFIX_SUFFIXES = Schema.SUFFIXES.stream().filter(s -> !s.equals(WORDS)).toList();
  private static final Set<String> FACET_FIELDS = Facet.fieldSet();

  private final List<String> suffixes;
  private boolean keepStopWords;
  /** Name variants to search a name in all its spellings with, or null for exact spellings ({@code variants=off}). */
  private NameVariants names;
  /** Where the names searched in other spellings are noted, for the answer to show. */
  private Set<Expansion> expansions = new LinkedHashSet<>();
  /** The spellings' queries already made, shared by the parsers of one service. */
  private VariantQueries.Cache cache;

  NewsQueryParser(Analyzer analyzer) {
    this(analyzer, Schema.SUFFIXES);
  }

  /**
   * A parser that searches only the analyzed fields with these suffixes: those a generation holds (a
   * clause on a field no article has costs time and matches nothing), or one kind for evaluations.
   */
  NewsQueryParser(Analyzer analyzer, List<String> suffixes) {
    super(ANY, analyzer);
    this.suffixes = List.copyOf(suffixes);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
    // Each whitespace-separated word is its own clause (joined by AND); a word is then a phrase.
    setSplitOnWhitespace(true);
  }

  /**
   * This parser searching each name in every spelling {@code names} knows ({@link VariantQueries}),
   * noting in {@code expansions} what it added.
   */
  NewsQueryParser withVariants(NameVariants names, Set<Expansion> expansions, VariantQueries.Cache cache) {
    this.names = names;
    this.expansions = expansions;
    this.cache = cache;
    return this;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    Query query = textOrVariants(field, text, 0);
    // A word that some language's analyzer drops as a stop word (на, to, і) could never be matched in
    // that language's articles: required, it would make a pasted headline find nothing. It is left
    // out, as a stop word is in a one-language index; quoted, it stays part of the phrase.
    return !quoted && !keepStopWords && isStopWordSomewhere(field, text) ? null : query;
  }

  /**
   * A parser that keeps stop words as it keeps any other word: for a query of nothing but stop
   * words ({@code the}), which would otherwise match every article.
   */
  NewsQueryParser keepingStopWords() {
    NewsQueryParser parser = new NewsQueryParser(getAnalyzer(), suffixes).withVariants(names, expansions, cache);
    parser.keepStopWords = true;
    return parser;
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return textOrVariants(field, text, slop);
  }

  /** {@link #textQuery}, or with names the variants' queries around it; facet values are never names. */
  private Query textOrVariants(String field, String text, int slop) throws ParseException {
    if (names == null || FACET_FIELDS.contains(field)) {
      return textQuery(field, text, slop);
    }
    return new VariantQueries(names, this::textQueryOver, expansions, cache, suffixes).query(field, text, slop);
  }

  /** {@link #textQuery} over only some of this parser's analyzed fields (another spelling's script's). */
  private Query textQueryOver(String field, String text, int slop, List<String> only) throws ParseException {
    if (only.equals(suffixes)) {
      return textQuery(field, text, slop);
    }
    return new NewsQueryParser(getAnalyzer(), only).textQuery(field, text, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String prefix) throws ParseException {
    String lower = prefix.toLowerCase(Locale.ROOT);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String base : bases(field)) {
      for (String suffix : PREFIX_SUFFIXES) {
        any.add(new PrefixQuery(new Term(Schema.analyzed(base, suffix), lower)), BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    throw new ParseException("wildcards are accepted only at the end of a word (word*), not in '" + text + "'");
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    throw new ParseException("'" + text + "~' is fuzzy matching, which is not supported; for proximity quote the words: \"a b\"~5");
  }

  @Override
  protected Query getRangeQuery(String field, String a, String b, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges [a TO b] are not supported in the query; use the from and to parameters for dates");
  }

  @Override
  protected Query getRegexpQuery(String field, String text) throws ParseException {
    throw new ParseException("regular expressions (/.../) are not supported");
  }

  private Query textQuery(String field, String text, int slop) throws ParseException {
    if (FACET_FIELDS.contains(field)) {
      return new TermQuery(new Term(field, text));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    // The English, Russian and Ukrainian analyzers would only cut Han text into single characters.
    List<String> fields = isHan(text) ? suffixes.stream().filter(HAN_SUFFIXES::contains).toList() : suffixes;
    if (fields.isEmpty()) {
      // The index has no field that could hold this word: it matches nothing (null would drop the word).
      return new MatchNoDocsQuery("no analyzed field for '" + text + "'");
    }
    for (String base : bases(field)) {
      Map<String, Query> perSuffix = new LinkedHashMap<>();
      for (String suffix : fields) {
        Query q = createFieldQuery(getAnalyzer(), BooleanClause.Occur.MUST, Schema.analyzed(base, suffix), text, true, slop);
        if (q != null) {
          perSuffix.put(suffix, q);
        }
      }
      Query words = perSuffix.get(WORDS);
      Query bigrams = perSuffix.get(BIGRAMS);
      if (words != null && bigrams != null) {
        if (words instanceof PhraseQuery && slop == 0 && isHan(text)) {
          // Han characters in a row give the same bigrams wherever they stand, so an article that has
          // the words has the bigrams too: the bigram phrase finds every match. The phrase of words (the
          // segmenter split the query, 习 近 平) is the costliest clause there is and finds nothing more
          // (but false matches across a space: 而出彩 人生因 for 出彩人生): it is left out, and the
          // bigrams weigh for both.
          perSuffix.remove(WORDS);
          perSuffix.put(BIGRAMS, new BoostQuery(bigrams, WORD_WEIGHT));
        } else {
          // The same matches as words OR bigrams, but the bigram phrase (positions of several terms) is
          // checked only in articles without the words; a word match scores for both.
          perSuffix.put(WORDS, new BoostQuery(words, WORD_WEIGHT));
          perSuffix.put(BIGRAMS, new BooleanQuery.Builder()
              .add(bigrams, BooleanClause.Occur.MUST).add(words, BooleanClause.Occur.MUST_NOT).build());
        }
      }
      for (Query q : perSuffix.values()) {
        any.add(base.equals(Schema.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private boolean isStopWordSomewhere(String field, String text) {
    if (FACET_FIELDS.contains(field) || isHan(text)) {
      return false;
    }
    boolean anyTokens = false;
    boolean dropped = false;
    for (String suffix : suffixes) {
      boolean tokens = createFieldQuery(getAnalyzer(), BooleanClause.Occur.MUST, Schema.analyzed(Schema.TITLE, suffix),
          text, true, 0) != null;
      anyTokens |= tokens;
      dropped |= !tokens;
    }
    return anyTokens && dropped;
  }

  private static boolean isHan(String text) {
    return text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static List<String> bases(String field) throws ParseException {
    return switch (field) {
      case ANY -> Schema.TEXT_FIELDS;
      case Schema.TITLE -> List.of(Schema.TITLE);
      case Schema.BODY -> List.of(Schema.BODY);
      default -> throw new ParseException("unknown field '" + field + ":'; accepted: " + QueryText.fieldSyntax());
    };
  }
}
