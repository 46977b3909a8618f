package org.newssearch.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.newssearch.analysis.ChineseBigramAnalyzer;

/**
 * A text whose paragraphs that cannot hold a query's terms in a Chinese bigram field are blanked
 * with spaces: highlighting then analyzes only the paragraphs that can match, and every offset
 * stays where it was. A token of that field never crosses a line break and is always a substring
 * of its paragraph's {@link ChineseBigramAnalyzer#spelling spelling}; a paragraph is kept when it
 * holds every term of one of the query's term or phrase queries, so every match of each of them is
 * kept (the caller makes sure that a match lies within one paragraph). Analyzing the hits' bodies
 * again was half the time of the slowest queries of the peer's mix (docs/benchmarks.md, "Search").
 */
final class UnmatchedParagraphs {

  private UnmatchedParagraphs() {}

  /** What a paragraph's spelling must contain to hold a match: one term of each group. */
  record Match(List<Set<String>> groups) {

    /** For a term query, one term; for a synonym query, one of its terms; for a phrase, all of them. */
    static Match of(Query query, Term... terms) {
      if (query instanceof MultiPhraseQuery phrase) {
        return new Match(Arrays.stream(phrase.getTermArrays()).map(UnmatchedParagraphs::texts).toList());
      }
      if (query instanceof PhraseQuery) {
        return new Match(Arrays.stream(terms).map(term -> Set.of(term.text())).toList());
      }
      return new Match(List.of(texts(terms)));
    }

    boolean in(String spelling) {
      return groups.stream().allMatch(group -> group.stream().anyMatch(spelling::contains));
    }
  }

  private static Set<String> texts(Term[] terms) {
    return Arrays.stream(terms).map(Term::text).collect(Collectors.toSet());
  }

  /** {@code text} with every paragraph blanked that holds none of {@code matches}. */
  static String blank(String text, Collection<Match> matches) {
    char[] blanked = null;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String paragraph = text.substring(start, end);
      // As written first: a paragraph kept needs no conversion to Simplified.
      if (!paragraph.isEmpty() && !holdsAny(paragraph, matches)
          && !holdsAny(ChineseBigramAnalyzer.spelling(paragraph), matches)) {
        if (blanked == null) {
          blanked = text.toCharArray();
        }
        Arrays.fill(blanked, start, end, ' ');
      }
      start = end + 1;
    }
    return blanked == null ? text : new String(blanked);
  }

  private static boolean holdsAny(String spelling, Collection<Match> matches) {
    for (Match match : matches) {
      if (match.in(spelling)) {
        return true;
      }
    }
    return false;
  }
}
