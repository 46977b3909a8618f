package org.newssearch.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newssearch.analysis.ChineseBigramAnalyzer;
import org.newssearch.analysis.ChineseWordAnalyzer;
import org.newssearch.index.IndexBuilder;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchService;

/**
 * The cross-script check: Traditional twins (OpenCC s2tw of Simplified originals) against their
 * originals, token by token in both Chinese fields, and title-as-query against title-as-query.
 */
public final class TwinsEval {

  /**
   * Tokens of one field over all pairs: identical = the multiset intersection of a twin's and its
   * original's tokens; total = the larger of the two token counts.
   */
  public record TokenAgreement(String field, long identical, long total, List<String> examples) {
    public double rate() {
      return total == 0 ? 1 : (double) identical / total;
    }
  }

  /**
   * Title queries: pairs whose top 10 ids are the same list, out of all pairs.
   *
   * @param indexed articles in the evaluation index (originals, twins and distractors)
   */
  public record QueryAgreement(long same, long pairs, long indexed, List<String> examples) {
    public double rate() {
      return pairs == 0 ? 1 : (double) same / pairs;
    }
  }

  private static final int EXAMPLES = 5;

  private TwinsEval() {}

  /** Each twin with its original, read from the twins file and the originals' corpus. */
  public static List<Corpus.Item[]> pairs(Path twinsFile, Path originalsFile) throws IOException {
    List<Corpus.Item> twins = Corpus.read(twinsFile, Integer.MAX_VALUE);
    Set<String> wanted = new HashSet<>();
    twins.forEach(t -> wanted.add(t.convertedFrom()));
    Map<String, Corpus.Item> originals = new HashMap<>();
    Corpus.forEach(originalsFile, item -> {
      if (wanted.contains(item.id())) {
        originals.put(item.id(), item);
      }
    });
    List<Corpus.Item[]> pairs = new ArrayList<>();
    for (Corpus.Item twin : twins) {
      Corpus.Item original = originals.get(twin.convertedFrom());
      if (original != null) {
        pairs.add(new Corpus.Item[] {twin, original});
      }
    }
    return pairs;
  }

  /** Token agreement of title and body in the word ({@code zh}) and bigram ({@code cjk}) chains. */
  public static List<TokenAgreement> tokens(List<Corpus.Item[]> pairs) {
    List<TokenAgreement> out = new ArrayList<>();
    try (Analyzer words = new ChineseWordAnalyzer(); Analyzer bigrams = new ChineseBigramAnalyzer()) {
      for (String field : List.of("title.zh", "body.zh", "title.cjk", "body.cjk")) {
        Analyzer analyzer = field.endsWith("zh") ? words : bigrams;
        boolean title = field.startsWith("title");
        long identical = 0;
        long total = 0;
        List<String> examples = new ArrayList<>();
        for (Corpus.Item[] pair : pairs) {
          List<String> a = terms(analyzer, title ? pair[0].title() : pair[0].body());
          List<String> b = terms(analyzer, title ? pair[1].title() : pair[1].body());
          long common = commonCount(a, b);
          identical += common;
          total += Math.max(a.size(), b.size());
          if (common < Math.max(a.size(), b.size()) && examples.size() < EXAMPLES) {
            examples.add(pair[0].id() + ": " + difference(a, b) + " vs " + difference(b, a));
          }
        }
        out.add(new TokenAgreement(field, identical, total, examples));
      }
    }
    return out;
  }

  /**
   * Indexes the twins, their originals and {@code distractors} into {@code indexDir}, then runs each
   * twin's title and its original's title as queries and compares the top 10 ids.
   */
  public static QueryAgreement titleQueries(List<Corpus.Item[]> pairs, List<Corpus.Item> distractors, Path indexDir)
      throws IOException {
    Path input = Files.createTempFile("newssearch-twins", ".jsonl");
    long indexed;
    try {
      indexed = writeJsonl(input, pairs, distractors);
      new IndexBuilder(indexDir, 2).rebuild(List.of(input), (articles, chars, rejects) -> {});
    } finally {
      Files.deleteIfExists(input);
    }
    long same = 0;
    List<String> examples = new ArrayList<>();
    try (SearchService search = new SearchService(indexDir)) {
      for (Corpus.Item[] pair : pairs) {
        List<String> twinTop = top10(search, pair[0].title());
        List<String> originalTop = top10(search, pair[1].title());
        if (twinTop.equals(originalTop)) {
          same++;
        } else if (examples.size() < EXAMPLES) {
          examples.add(pair[0].title() + " | " + pair[1].title());
        }
      }
    }
    return new QueryAgreement(same, pairs.size(), indexed, examples);
  }

  /** A title as a query: its letters and digits as words (punctuation would be query syntax). */
  static String asQuery(String title) {
    StringBuilder out = new StringBuilder(title.length());
    title.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
    return out.toString().strip().replaceAll("\\s+", " ");
  }

  private static List<String> top10(SearchService search, String title) throws IOException {
    SearchResult result = search.search(SearchRequest.of(asQuery(title)));
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static long writeJsonl(Path file, List<Corpus.Item[]> pairs, List<Corpus.Item> distractors)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> written = new HashSet<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Consumer<Corpus.Item> write = item -> {
        if (!written.add(item.id())) {
          return;
        }
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", item.id());
        row.put("title", item.title());
        row.put("body", item.body());
        row.put("source", "eval");
        row.put("lang", item.lang());
        try {
          out.write(json.writeValueAsString(row));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      pairs.forEach(pair -> {
        write.accept(pair[0]);
        write.accept(pair[1]);
      });
      distractors.forEach(write);
    }
    return written.size();
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  static long commonCount(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    a.forEach(t -> counts.merge(t, 1, Integer::sum));
    long common = 0;
    for (String t : b) {
      Integer n = counts.get(t);
      if (n != null && n > 0) {
        counts.put(t, n - 1);
        common++;
      }
    }
    return common;
  }

  private static List<String> difference(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    b.forEach(t -> counts.merge(t, 1, Integer::sum));
    List<String> only = new ArrayList<>();
    for (String t : a) {
      Integer n = counts.get(t);
      if (n != null && n > 0) {
        counts.put(t, n - 1);
      } else if (only.size() < 5) {
        only.add(t);
      }
    }
    return only;
  }
}
