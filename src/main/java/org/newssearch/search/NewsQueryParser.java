package org.newssearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
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
 * <p>Every word or run of Han characters becomes a phrase on each analyzed field: CJK bigrams for
 * Chinese (a run of Han characters is found wherever it stands, whatever a segmenter would make of
 * it), each language's stemmed field for the others; a match on any of them counts, and the better
 * of an article's title and body match scores, the title's weighing more.
 */
final class NewsQueryParser extends QueryParser {

  /** The virtual default field: title and body. */
  private static final String ANY = "_any";
  /** What a title match weighs against a body match (chosen on known items: docs/evaluation.md). */
  private static final float TITLE_BOOST = 1.5f;
  /** The fields that analyze Han text as CJK bigrams: where a Han word is looked for. */
  private static final List<String> HAN_SUFFIXES = List.of("cjk", "std");
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
      for (String suffix : suffixes) {
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
    // The English, Russian and Ukrainian analyzers would only cut Han text into single characters.
    List<String> fields = isHan(text) ? suffixes.stream().filter(HAN_SUFFIXES::contains).toList() : suffixes;
    if (fields.isEmpty()) {
      // The index has no field that could hold this word: it matches nothing (null would drop the word).
      return new MatchNoDocsQuery("no analyzed field for '" + text + "'");
    }
    List<Query> perBase = new ArrayList<>();
    for (String base : bases(field)) {
      List<Query> anyAnalysis = new ArrayList<>();
      for (String suffix : fields) {
        Query q = createFieldQuery(getAnalyzer(), BooleanClause.Occur.MUST, Schema.analyzed(base, suffix), text, true, slop);
        if (q != null) {
          anyAnalysis.add(oneHanCharacter(q) ? new PrefixQuery(((TermQuery) q).getTerm()) : q);
        }
      }
      if (!anyAnalysis.isEmpty()) {
        Query q = anyOf(anyAnalysis);
        perBase.add(base.equals(Schema.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q);
      }
    }
    // The better of the title and body matches, as Solr's edismax scores qf="title^2 body": a word in
    // both is not counted twice (measured: docs/evaluation.md, "Known-item retrieval").
    return switch (perBase.size()) {
      case 0 -> null;
      case 1 -> perBase.get(0);
      default -> new DisjunctionMaxQuery(perBase, 0f);
    };
  }

  /**
   * Whether a query is one Han character: it is then looked for as the first character of the
   * bigrams, besides standing alone (at a run's end, {@code RunEdgeUnigrams}), so that it is found
   * wherever it stands, as a longer run is.
   */
  private static boolean oneHanCharacter(Query query) {
    if (!(query instanceof TermQuery term)) {
      return false;
    }
    String text = term.getTerm().text();
    return text.codePointCount(0, text.length()) == 1 && isHan(text);
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
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
