package org.newssearch.analysis.smartcn;

import java.util.Arrays;

/**
 * A port of smartcn's {@code HHMMSegmenter} (with its {@code SegGraph}, {@code BiSegGraph},
 * {@code Utility.getCharType} and {@code SegTokenFilter}; lucene-analysis-smartcn, Apache-2.0) that
 * gives exactly its words, offsets, word types and frequencies, several times faster: the word graph
 * and the bigram graph are primitive arrays reused from sentence to sentence, dictionary words are
 * trie nodes walked in place ({@link HhmmDictionary}), and the bigram key "word1@word2" is hashed
 * with smartcn's {@code hash1} as it is read instead of being built as a char[].
 *
 * <p>What is kept exactly, as the equivalence tests check against smartcn itself: the character
 * classes (a run of letters or digits, half or full width, is one token that stands in the graph for
 * its class word 未##串 or 未##数; any other character outside the Han range is a 未##串 of its own;
 * punctuation has the top frequency; a surrogate pair is a word of frequency 0), words that span
 * spaces, the start and end markers 始##始 and 末##末, smartcn's smoothing and its order of
 * floating-point operations, and the order in which the shortest path search meets equal weights
 * (the first edge of least weight into a token wins, edges counted from earlier tokens first).
 *
 * <p>One instance per thread: it is not thread-safe; the dictionary it reads is shared.
 */
public final class HhmmSegmenter {

  // smartcn's WordType.
  static final int SENTENCE_BEGIN = 0;
  static final int SENTENCE_END = 1;
  static final int CHINESE_WORD = 2;
  static final int STRING = 3;
  static final int NUMBER = 4;
  /** The word type of punctuation ({@code WordType.DELIMITER}). */
  public static final int DELIMITER = 5;
  static final int FULLWIDTH_STRING = 6;
  static final int FULLWIDTH_NUMBER = 7;

  /** smartcn's Utility.MAX_FREQUENCE, the frequency of punctuation and the smoothing's denominator. */
  static final int MAX_FREQUENCE = 2079997 + 80000;

  /** smartcn's BiSegGraph.generateBiSegGraph: the weight of the unigram in the smoothed bigram probability. */
  private static final double SMOOTHING = 0.1;
  /** FNV-1 64-bit, as smartcn's AbstractDictionary.hash1 hashes the bigram key "word1@word2". */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 1099511628211L;
  /** The seed of smartcn's AbstractDictionary.hash2 (Bernstein's djb2). */
  private static final int DJB_OFFSET = 5381;

  private final HhmmDictionary dictionary;

  // The sentence starts at text[base] (for the terms).
  private char[] text;
  private int base;
  private final WordGraph graph;

  // The shortest path.
  private double[] weights = new double[128];
  private int[] previous = new int[128];
  private int[] path = new int[64];
  private int pathLength;

  /** A segmenter over the JVM's one dictionary. */
  public HhmmSegmenter() {
    this(HhmmDictionary.get());
  }

  HhmmSegmenter(HhmmDictionary dictionary) {
    this.dictionary = dictionary;
    this.graph = new WordGraph(dictionary);
  }

  /**
   * Segments {@code text[start, end)} as one sentence, as {@code HHMMSegmenter.process} does, and
   * returns the number of words on the best path (the markers not counted). The words are then read
   * with {@link #start}, {@link #end}, {@link #type}, {@link #weight}, {@link #word} and
   * {@link #term}, their offsets relative to {@code start}.
   */
  public int segment(char[] text, int start, int end) {
    this.text = text;
    this.base = start;
    graph.build(text, start, end - start);
    shortestPath();
    return pathLength;
  }

  /** Start offset of word {@code k}, relative to the sentence. */
  public int start(int k) {
    return graph.starts[path[k]];
  }

  /** End offset of word {@code k}, relative to the sentence. */
  public int end(int k) {
    return graph.ends[path[k]];
  }

  /** smartcn's word type of word {@code k}. */
  public int type(int k) {
    return graph.types[path[k]];
  }

  /** smartcn's frequency ({@code SegToken.weight}) of word {@code k}. */
  public int weight(int k) {
    return graph.freqs[path[k]];
  }

  /** smartcn's {@code SegToken.charArray} of word {@code k} as the segmenter returns it (a class word for letters and digits). */
  public String word(int k) {
    int token = path[k];
    return new String(graph.pool, graph.words[token], graph.wordLengths[token]);
  }

  /** Copies the term of word {@code k} into {@code dest} (room for {@code end - start} chars) and returns its length. */
  public int term(int k, char[] dest) {
    int token = path[k];
    return SegTokenTerms.term(text, base + graph.starts[token], base + graph.ends[token], graph.types[token], dest);
  }

  // The bigram graph over the word graph and its shortest path (smartcn's BiSegGraph).

  private void shortestPath() {
    int count = graph.count;
    if (weights.length < count) {
      weights = new double[Math.max(count, weights.length * 2)];
      previous = new int[weights.length];
    }
    weights[0] = 0;
    Arrays.fill(weights, 1, count, Double.MAX_VALUE);
    for (int from = 0; from < count - 1; from++) {
      relaxEdgesFrom(from);
    }
    readPath(count - 1);
  }

  /**
   * Every edge of the bigram graph from token {@code from} to a token that starts where it ends: the
   * weight of the pair (smartcn's smoothed bigram probability), and a shorter path to that token
   * through {@code from} where there is one (the first of equal weights wins, as in smartcn).
   */
  private void relaxEdgesFrom(int from) {
    WordGraph graph = this.graph;
    int[] words = graph.words;
    int[] wordLengths = graph.wordLengths;
    char[] pool = graph.pool;
    int nextStart = graph.nextAt[graph.ends[from]];
    int first = graph.firstAt[nextStart];
    int end = graph.endAt[nextStart];
    double oneWordFreq = graph.freqs[from];
    double unigram = SMOOTHING * (1.0 + oneWordFreq) / (MAX_FREQUENCE + 0.0);
    double unseen = Double.NaN;
    // smartcn's hash1 and hash2 of "w1@w2", over w1 and '@' once, then over each w2.
    long prefix = FNV_OFFSET;
    int prefix2 = DJB_OFFSET;
    for (int w = words[from], e = w + wordLengths[from]; w < e; w++) {
      prefix = fold(prefix, pool[w]);
      prefix2 = fold2(prefix2, pool[w]);
    }
    prefix = fold(prefix, '@');
    prefix2 = fold2(prefix2, '@');
    double fromWeight = weights[from];
    for (int to = first; to < end; to++) {
      long hash = prefix;
      int hash2 = prefix2;
      for (int w = words[to], e = w + wordLengths[to]; w < e; w++) {
        hash = fold(hash, pool[w]);
        hash2 = fold2(hash2, pool[w]);
      }
      int wordPairFreq = dictionary.bigramFrequency(hash, hash2);
      double weight;
      if (wordPairFreq != 0) {
        weight = edgeWeight(unigram, oneWordFreq, wordPairFreq);
      } else {
        if (unseen != unseen) { // NaN: not worked out yet for this token
          unseen = edgeWeight(unigram, oneWordFreq, 0);
        }
        weight = unseen;
      }
      double sum = fromWeight + weight;
      if (sum < weights[to]) {
        weights[to] = sum;
        previous[to] = from;
      }
    }
  }

  /**
   * smartcn's {@code BiSegGraph.generateBiSegGraph}: minus the log of the smoothed probability of the
   * pair, in its order of floating-point operations, so that equal weights stay equal.
   */
  private static double edgeWeight(double unigram, double oneWordFreq, int wordPairFreq) {
    double tinyDouble = 1.0 / MAX_FREQUENCE;
    return -Math.log(unigram
        + (1.0 - SMOOTHING) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
  }

  /** The best path's tokens into {@link #path}, from the end marker {@code last} back, markers left out. */
  private void readPath(int last) {
    int n = 0;
    for (int k = previous[last]; k != 0; k = previous[k]) {
      n++;
    }
    if (path.length < n) {
      path = new int[Math.max(n, path.length * 2)];
    }
    pathLength = n;
    for (int k = previous[last]; k != 0; k = previous[k]) {
      path[--n] = k;
    }
  }

  /** One character of smartcn's {@code hash2(char[])}, operator precedence as it is there. */
  @SuppressWarnings("OperatorPrecedence")
  private static int fold2(int hash, char d) {
    hash = ((hash << 5) + hash) + d & 0x00FF;
    return ((hash << 5) + hash) + d >> 8;
  }

  /** One character of smartcn's {@code hash1(char[])}. */
  private static long fold(long hash, char c) {
    hash = (hash ^ (c & 0x00FF)) * FNV_PRIME;
    return (hash ^ (c >> 8)) * FNV_PRIME;
  }
}
