package org.newssearch.analysis;

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
final class HhmmSegmenter {

  // smartcn's WordType.
  static final int SENTENCE_BEGIN = 0;
  static final int SENTENCE_END = 1;
  static final int CHINESE_WORD = 2;
  static final int STRING = 3;
  static final int NUMBER = 4;
  static final int DELIMITER = 5;
  static final int FULLWIDTH_STRING = 6;
  static final int FULLWIDTH_NUMBER = 7;

  /** smartcn's Utility.MAX_FREQUENCE, the frequency of punctuation and the smoothing's denominator. */
  static final int MAX_FREQUENCE = 2079997 + 80000;

  /** smartcn's class words, at the start of every sentence's word pool. */
  private static final char[] CLASS_WORDS = "未##串未##数始##始末##末".toCharArray();
  private static final int CLASS_WORD_LENGTH = 4;
  private static final int STRING_WORD = 0;
  private static final int NUMBER_WORD = 4;
  private static final int START_WORD = 8;
  private static final int END_WORD = 12;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 1099511628211L;
  private static final int DJB_OFFSET = 5381;

  private final HhmmDictionary dictionary;

  // The sentence: text[base, base + length).
  private char[] text;
  private int base;
  private int length;
  private byte[] charTypes = new byte[64];

  // The word graph, tokens in smartcn's index order (by start, then as added); index 0 is the start
  // marker and the last the end marker. A token's word (smartcn's charArray) is pool[word, word+wordLength).
  private int count;
  private int[] starts = new int[128];
  private int[] ends = new int[128];
  private int[] types = new int[128];
  private int[] freqs = new int[128];
  private int[] words = new int[128];
  private int[] wordLengths = new int[128];
  private char[] pool = new char[256];
  private int poolLength;
  /** Per position 0..length: the tokens starting there are firstAt[p] until endAt[p] (none when equal). */
  private int[] firstAt = new int[64];
  private int[] endAt = new int[64];
  /** Per position 0..length: the first position at or after it where tokens start. */
  private int[] nextAt = new int[64];

  // The shortest path.
  private double[] weights = new double[128];
  private int[] previous = new int[128];
  private int[] path = new int[64];
  private int pathLength;

  HhmmSegmenter() {
    this(HhmmDictionary.get());
  }

  HhmmSegmenter(HhmmDictionary dictionary) {
    this.dictionary = dictionary;
    System.arraycopy(CLASS_WORDS, 0, pool, 0, CLASS_WORDS.length);
  }

  /**
   * Segments {@code text[start, end)} as one sentence, as {@code HHMMSegmenter.process} does, and
   * returns the number of words on the best path (the markers not counted). The words are then read
   * with {@link #start}, {@link #end}, {@link #type}, {@link #weight}, {@link #word} and
   * {@link #term}, their offsets relative to {@code start}.
   */
  int segment(char[] text, int start, int end) {
    this.text = text;
    this.base = start;
    this.length = end - start;
    buildWordGraph();
    shortestPath();
    return pathLength;
  }

  /** Start offset of word {@code k}, relative to the sentence. */
  int start(int k) {
    return starts[path[k]];
  }

  /** End offset of word {@code k}, relative to the sentence. */
  int end(int k) {
    return ends[path[k]];
  }

  /** smartcn's word type of word {@code k}. */
  int type(int k) {
    return types[path[k]];
  }

  /** smartcn's frequency ({@code SegToken.weight}) of word {@code k}. */
  int weight(int k) {
    return freqs[path[k]];
  }

  /** smartcn's {@code SegToken.charArray} of word {@code k} as the segmenter returns it (a class word for letters and digits). */
  String word(int k) {
    int token = path[k];
    return new String(pool, words[token], wordLengths[token]);
  }

  /** Copies the term of word {@code k} into {@code dest} (room for {@code end - start} chars) and returns its length. */
  int term(int k, char[] dest) {
    int token = path[k];
    return SegTokenTerms.term(text, base + starts[token], base + ends[token], types[token], dest);
  }

  // ---------------------------------------------------------------- the word graph (SegGraph)

  private void buildWordGraph() {
    int length = this.length;
    if (charTypes.length < length) {
      charTypes = new byte[Math.max(length, charTypes.length * 2)];
    }
    if (firstAt.length < length + 1) {
      int size = Math.max(length + 1, firstAt.length * 2);
      firstAt = new int[size];
      endAt = new int[size];
      nextAt = new int[size];
    }
    char[] text = this.text;
    byte[] charTypes = this.charTypes;
    for (int i = 0; i < length; i++) {
      charTypes[i] = SmartcnCharTypes.of(text[base + i]);
    }
    Arrays.fill(firstAt, 0, length + 1, 0);
    Arrays.fill(endAt, 0, length + 1, 0);
    count = 0;
    poolLength = CLASS_WORDS.length;
    HhmmDictionary dict = dictionary;

    add(-1, 0, SENTENCE_BEGIN, dict.startFreq, START_WORD, CLASS_WORD_LENGTH);
    int i = 0;
    while (i < length) {
      int j;
      switch (charTypes[i]) {
        case SmartcnCharTypes.SPACE -> i++;
        case SmartcnCharTypes.SURROGATE -> {
          int n = Character.charCount(Character.codePointAt(text, base + i, base + length));
          add(i, i + n, CHINESE_WORD, 0, append(text, base + i, n), n);
          i += n;
        }
        case SmartcnCharTypes.HANZI -> {
          char c = text[base + i];
          int word = append(text, base + i, 1);
          int node = dict.root(c);
          add(i, i + 1, CHINESE_WORD, node < 0 ? 0 : dict.frequency(node), word, 1);
          j = i + 1;
          int wordLength = 1;
          while (node >= 0) {
            if (wordLength > 1) {
              int frequency = dict.frequency(node);
              if (frequency >= 0) {
                add(i, j, CHINESE_WORD, frequency, word, wordLength);
              }
            }
            while (j < length && charTypes[j] == SmartcnCharTypes.SPACE) {
              j++;
            }
            if (j < length && charTypes[j] == SmartcnCharTypes.HANZI) {
              char next = text[base + j];
              append(text, base + j, 1);
              node = dict.child(node, next);
              wordLength++;
              j++;
            } else {
              break;
            }
          }
          i++;
        }
        case SmartcnCharTypes.LETTER, SmartcnCharTypes.FULLWIDTH_LETTER -> {
          boolean fullWidth = charTypes[i] == SmartcnCharTypes.FULLWIDTH_LETTER;
          j = i + 1;
          while (j < length && (charTypes[j] == SmartcnCharTypes.LETTER || charTypes[j] == SmartcnCharTypes.FULLWIDTH_LETTER)) {
            fullWidth |= charTypes[j] == SmartcnCharTypes.FULLWIDTH_LETTER;
            j++;
          }
          add(i, j, fullWidth ? FULLWIDTH_STRING : STRING, dict.stringFreq, STRING_WORD, CLASS_WORD_LENGTH);
          i = j;
        }
        case SmartcnCharTypes.DIGIT, SmartcnCharTypes.FULLWIDTH_DIGIT -> {
          boolean fullWidth = charTypes[i] == SmartcnCharTypes.FULLWIDTH_DIGIT;
          j = i + 1;
          while (j < length && (charTypes[j] == SmartcnCharTypes.DIGIT || charTypes[j] == SmartcnCharTypes.FULLWIDTH_DIGIT)) {
            fullWidth |= charTypes[j] == SmartcnCharTypes.FULLWIDTH_DIGIT;
            j++;
          }
          add(i, j, fullWidth ? FULLWIDTH_NUMBER : NUMBER, dict.numberFreq, NUMBER_WORD, CLASS_WORD_LENGTH);
          i = j;
        }
        case SmartcnCharTypes.DELIMITER -> {
          add(i, i + 1, DELIMITER, MAX_FREQUENCE, append(text, base + i, 1), 1);
          i++;
        }
        default -> {
          // Any other character (outside GB2312's classes) is an unknown string of its own.
          add(i, i + 1, STRING, dict.stringFreq, STRING_WORD, CLASS_WORD_LENGTH);
          i++;
        }
      }
    }
    add(length, length + 1, SENTENCE_END, dict.endFreq, END_WORD, CLASS_WORD_LENGTH);

    int next = length;
    for (int p = length; p >= 0; p--) {
      if (endAt[p] > firstAt[p]) {
        next = p;
      }
      nextAt[p] = next;
    }
  }

  private void add(int start, int end, int type, int frequency, int word, int wordLength) {
    int k = count;
    if (k == starts.length) {
      int size = k * 2;
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      types = Arrays.copyOf(types, size);
      freqs = Arrays.copyOf(freqs, size);
      words = Arrays.copyOf(words, size);
      wordLengths = Arrays.copyOf(wordLengths, size);
    }
    starts[k] = start;
    ends[k] = end;
    types[k] = type;
    freqs[k] = frequency;
    words[k] = word;
    wordLengths[k] = wordLength;
    if (start >= 0) {
      if (endAt[start] == firstAt[start]) {
        firstAt[start] = k;
      }
      endAt[start] = k + 1;
    }
    count = k + 1;
  }

  /** Appends {@code n} chars to the word pool and returns where they start. */
  private int append(char[] source, int from, int n) {
    int at = poolLength;
    if (at + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(at + n, pool.length * 2));
    }
    System.arraycopy(source, from, pool, at, n);
    poolLength = at + n;
    return at;
  }

  // ---------------------------------------------------------------- the bigram graph and its shortest path (BiSegGraph)

  private void shortestPath() {
    int count = this.count;
    if (weights.length < count) {
      weights = new double[Math.max(count, weights.length * 2)];
      previous = new int[weights.length];
    }
    double[] weights = this.weights;
    int[] previous = this.previous;
    weights[0] = 0;
    Arrays.fill(weights, 1, count, Double.MAX_VALUE);
    HhmmDictionary dict = dictionary;
    char[] pool = this.pool;
    // smartcn's constants and its order of operations, so that equal weights stay equal.
    double smooth = 0.1;
    double tinyDouble = 1.0 / MAX_FREQUENCE;
    int last = count - 1;
    for (int from = 0; from < last; from++) {
      int nextStart = nextAt[ends[from]];
      int first = firstAt[nextStart];
      int end = endAt[nextStart];
      double oneWordFreq = freqs[from];
      double unigram = smooth * (1.0 + oneWordFreq) / (MAX_FREQUENCE + 0.0);
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
        int wordPairFreq = dict.bigramFrequency(hash, hash2);
        double weight;
        if (wordPairFreq == 0) {
          if (unseen != unseen) { // NaN: not worked out yet for this token
            unseen = -Math.log(unigram
                + (1.0 - smooth) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
          }
          weight = unseen;
        } else {
          weight = -Math.log(unigram
              + (1.0 - smooth) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
        }
        double sum = fromWeight + weight;
        if (sum < weights[to]) {
          weights[to] = sum;
          previous[to] = from;
        }
      }
    }
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
