package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query with the same matches, cheaper to count (no scores). Two rewrites, for what the parser
 * builds for scoring:
 *
 * <ul>
 *   <li>In each phrase of bigrams, a bigram is left out where the two beside it imply it. 新闻 two
 *       positions before 联播 can only be 新闻联播 in a generation whose runs of CJK characters stand
 *       apart ({@code RunBreakPositions}, schema version 2), so "新闻 闻联 联播" is counted as
 *       "新闻 ? 联播", reading the positions of two terms per article instead of three. A phrase's
 *       score sums its terms' weights, so this is for counting only.
 *   <li>"the word, or the bigram where the word is not" ({@code NewsQueryParser}: the word scores for
 *       both) is counted as "the word or the bigram" when the bigram is a single term: the same
 *       articles, without reading the word's postings a second time to leave them out. A phrase of
 *       bigrams keeps its exclusion, which spares it reading positions where the word is.
 * </ul>
 *
 * <p>Justified in docs/benchmarks.md ("Decisions"): 新闻联播 89.8 -> 61.6 ms, 全国 OR 新闻 30.9 -> 6.6 ms
 * over 984k articles, identical counts for the whole mix.
 */
final class CountingQuery {

  /** The fields analyzed into bigrams ({@code NeutralAnalyzer} and its Chinese form). */
  private static final List<String> BIGRAM_FIELD_ENDINGS = List.of(".cjk", ".std");

  private final IndexReader reader;
  private final boolean runsApart;

  /**
   * @param reader the terms' document counts, to choose which bigrams to leave out
   * @param runsApart whether the generation's runs of CJK characters stand apart (schema version 2):
   *     without that, phrases stay whole
   */
  CountingQuery(IndexReader reader, boolean runsApart) {
    this.reader = reader;
    this.runsApart = runsApart;
  }

  Query of(Query query) throws IOException {
    return switch (query) {
      case PhraseQuery phrase -> runsApart ? cover(phrase) : phrase;
      // Counting ignores scores, and so boosts.
      case BoostQuery boost -> of(boost.getQuery());
      case ConstantScoreQuery constant -> new ConstantScoreQuery(of(constant.getQuery()));
      case BooleanQuery bool -> leaner(bool);
      case EntityQuery entity -> leaner(entity.anyOf());
      default -> query;
    };
  }

  private Query leaner(BooleanQuery bool) throws IOException {
    List<BooleanClause> clauses = new ArrayList<>();
    Set<Query> optional = new HashSet<>();
    for (BooleanClause clause : bool.clauses()) {
      clauses.add(new BooleanClause(of(clause.query()), clause.occur()));
      if (clause.occur() == Occur.SHOULD) {
        optional.add(clauses.getLast().query());
      }
    }
    // With two optional clauses required, a ∪ (b \ a) and a ∪ b would count matches differently.
    boolean anyOptional = bool.getMinimumNumberShouldMatch() <= 1;
    BooleanQuery.Builder leaner = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    for (BooleanClause clause : clauses) {
      Query term = clause.occur() == Occur.SHOULD && anyOptional ? termUnlessIn(clause.query(), optional) : null;
      leaner.add(term != null ? term : clause.query(), clause.occur());
    }
    return leaner.build();
  }

  /** For +term -other where other is one of {@code optional}: the term; else null. */
  private static Query termUnlessIn(Query query, Set<Query> optional) {
    if (!(query instanceof BooleanQuery bool) || bool.clauses().size() != 2 || bool.getMinimumNumberShouldMatch() != 0) {
      return null;
    }
    Query required = null;
    Query excluded = null;
    for (BooleanClause clause : bool.clauses()) {
      switch (clause.occur()) {
        case MUST -> required = clause.query();
        case MUST_NOT -> excluded = clause.query();
        default -> {
          return null;
        }
      }
    }
    return required instanceof TermQuery && excluded != null && optional.contains(excluded) ? required : null;
  }

  private Query cover(PhraseQuery phrase) throws IOException {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (phrase.getSlop() != 0 || terms.length < 3
        || BIGRAM_FIELD_ENDINGS.stream().noneMatch(terms[0].field()::endsWith)) {
      return phrase;
    }
    long[] docFreqs = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      docFreqs[i] = reader.docFreq(terms[i]);
    }
    // Reading a phrase costs about its terms' positions in every article that has all its terms, which
    // are about as many as has its rarest: a bigram goes when fewer terms times that count is less.
    boolean[] kept = new boolean[terms.length];
    Arrays.fill(kept, true);
    int keptCount = terms.length;
    Integer[] middle = IntStream.range(1, terms.length - 1).boxed().toArray(Integer[]::new);
    Arrays.sort(middle, Comparator.comparingLong((Integer i) -> docFreqs[i]).reversed());
    for (int i : middle) {
      if (kept[i - 1] && kept[i + 1] && implied(terms, positions, i)) {
        long rarest = rarestKept(docFreqs, kept, -1);
        long rarestWithout = rarestKept(docFreqs, kept, i);
        if ((keptCount - 1) * rarestWithout <= keptCount * rarest) {
          kept[i] = false;
          keptCount--;
        }
      }
    }
    PhraseQuery.Builder leaner = new PhraseQuery.Builder();
    for (int i = 0; i < terms.length; i++) {
      if (kept[i]) {
        leaner.add(terms[i], positions[i]);
      }
    }
    return leaner.build();
  }

  /** The least document count of the kept terms, but {@code except}. */
  private static long rarestKept(long[] docFreqs, boolean[] kept, int except) {
    long rarest = Long.MAX_VALUE;
    for (int i = 0; i < docFreqs.length; i++) {
      if (kept[i] && i != except) {
        rarest = Math.min(rarest, docFreqs[i]);
      }
    }
    return rarest;
  }

  /**
   * Whether bigram {@code i} is the last character of the one before it and the first of the one
   * after, all three one position apart: then the two beside it, found two positions apart in an
   * article, stand in one run, and it stands between them.
   */
  private static boolean implied(Term[] terms, int[] positions, int i) {
    if (positions[i - 1] != positions[i] - 1 || positions[i + 1] != positions[i] + 1) {
      return false;
    }
    int[] before = hanPair(terms[i - 1]);
    int[] middle = hanPair(terms[i]);
    int[] after = hanPair(terms[i + 1]);
    return before != null && middle != null && after != null && middle[0] == before[1] && middle[1] == after[0];
  }

  /** The two Han characters of a bigram, or null when the term is anything else. */
  private static int[] hanPair(Term term) {
    int[] chars = term.text().codePoints().toArray();
    boolean han = chars.length == 2 && Arrays.stream(chars)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han ? chars : null;
  }
}
