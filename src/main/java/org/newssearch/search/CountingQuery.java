package org.newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A query with the same matches, cheaper to count (no scores): in each phrase of bigrams, a bigram is
 * left out where the two beside it imply it. 新闻 two positions before 联播 can only be 新闻联播 in a
 * generation whose runs of CJK characters stand apart ({@code RunBreakPositions}, schema version 2),
 * so "新闻 闻联 联播" is counted as "新闻 ? 联播", reading the positions of two terms per article
 * instead of three. A phrase scores by its terms, so this is for counting only.
 *
 * <p>Justified in docs/benchmarks.md ("Decisions"): 新闻联播 89.8 -> 61.6 ms
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
      case DisjunctionMaxQuery best -> anyOf(best);
      case EntityQuery entity -> leaner(entity.anyOf());
      default -> query;
    };
  }

  private Query leaner(BooleanQuery bool) throws IOException {
    BooleanQuery.Builder leaner = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    for (BooleanClause clause : bool.clauses()) {
      leaner.add(of(clause.query()), clause.occur());
    }
    return leaner.build();
  }

  /** The best of several (title or body) matches what any of them matches. */
  private Query anyOf(DisjunctionMaxQuery best) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query disjunct : best.getDisjuncts()) {
      any.add(of(disjunct), Occur.SHOULD);
    }
    return any.build();
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
