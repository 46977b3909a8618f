package org.newssearch.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newssearch.analysis.QueryAnalyzer;
import org.newssearch.index.Schema;
import org.newssearch.names.NameVariants;
import org.newssearch.search.SearchResult.Expansion;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the parsed text plus filter clauses. Public for the
 * OpenSearch plugin's query type (src/opensearch), which builds the same text query on each shard.
 */
public final class QueryBuilder {

  private final Analyzer analyzer;
  private final Supplier<NameVariants> names;
  private final VariantQueries.Cache variantQueries = new VariantQueries.Cache();

  /** A builder whose names are the shipped gazetteer's (read when a query first asks for variants). */
  public QueryBuilder(Analyzer analyzer) {
    this(analyzer, NameVariants::shipped);
  }

  /** @param analyzer the index's analyzer (queries leave out what only the index needs) */
  QueryBuilder(Analyzer analyzer, Supplier<NameVariants> names) {
    this.analyzer = new QueryAnalyzer(analyzer);
    this.names = names;
  }

  /** A query's text parsed, and the names in it that were also searched in other spellings. */
  record Parsed(Query query, List<Expansion> expansions) {}

  /** The text query over only the analyzed fields with these suffixes, each spelling exact. */
  Query textQuery(String text, List<String> suffixes) {
    return parse(text, suffixes, false).query();
  }

  /** The text query, with every name in all its spellings unless {@code variants} is false. */
  public Query textQuery(String text, List<String> suffixes, boolean variants) {
    return parse(text, suffixes, variants).query();
  }

  /** The text query over only the analyzed fields with these suffixes, names in all spellings if {@code variants}. */
  Parsed parse(String text, List<String> suffixes, boolean variants) {
    if (text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), List.of());
    }
    QueryText.checkNesting(text);
    String folded = QueryText.fold(text);
    String mistake = QueryText.unbalanced(folded);
    if (mistake != null) {
      throw cannotParse(text, mistake);
    }
    try {
      Set<Expansion> expansions = new LinkedHashSet<>();
      NewsQueryParser parser = new NewsQueryParser(analyzer, suffixes);
      if (variants) {
        parser.withVariants(names.get(), expansions, variantQueries);
        folded = VariantQueries.quoteNames(folded, names.get());
      }
      Query parsed = parser.parse(folded);
      if (parsed == null) {
        // Every word was a stop word somewhere ("the", "на"): search them rather than everything.
        parsed = parser.keepingStopWords().parse(folded);
      }
      return new Parsed(parsed == null ? new MatchAllDocsQuery() : parsed, List.copyOf(expansions));
    } catch (ParseException e) {
      throw cannotParse(text, luceneReason(e.getMessage()));
    }
  }

  /** {@code query} restricted by the request's facet values and dates. */
  static Query withFilters(Query query, SearchRequest request) {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.MUST);
    request.filters().forEach((facet, values) -> addAnyOf(all, facet.field, values));
    if (request.from() != null || request.to() != null) {
      all.add(dateRange(request.from(), request.to()), Occur.FILTER);
    }
    return all.build();
  }

  /** Articles printed from the first day to the last, inclusive, in the outlets' local time. */
  static Query dateRange(LocalDate from, LocalDate to) {
    long lower = from == null ? Long.MIN_VALUE : from.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long upper = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
    return LongPoint.newRangeQuery(Schema.DATE, lower, upper);
  }

  private static void addAnyOf(BooleanQuery.Builder all, String field, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    all.add(any.build(), Occur.FILTER);
  }

  private static BadRequestException cannotParse(String text, String reason) {
    return new BadRequestException("cannot parse query '" + text + "': " + reason,
        "accepted: words, \"phrases\", \"a b\"~5, AND, OR, NOT, -word, (groups), word*, " + QueryText.fieldSyntax());
  }

  /** Lucene's reason without its echo of the query (which it writes with \\u escapes). */
  private static String luceneReason(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    int echo = line.indexOf("': ");
    return echo >= 0 && line.startsWith("Cannot parse '") ? line.substring(echo + 3) : line;
  }
}
