package org.newssearch.analysis.smartcn;

import java.util.Arrays;

/**
 * smartcn's word graph ({@code SegGraph}) of one sentence, for {@link HhmmSegmenter}: every
 * dictionary word, run of letters or digits, punctuation mark and other character as a token, in
 * smartcn's index order (by start, then as added); token 0 is the start marker and the last the end
 * marker. A token's word (smartcn's charArray) is {@code pool[word, word + wordLength)}. The arrays
 * are reused from sentence to sentence; the segmenter reads them directly.
 */
final class WordGraph {

  /** smartcn's class words, at the start of every sentence's word pool. */
  private static final char[] CLASS_WORDS = "未##串未##数始##始末##末".toCharArray();
  private static final int CLASS_WORD_LENGTH = 4;
  private static final int STRING_WORD = 0;
  private static final int NUMBER_WORD = 4;
  private static final int START_WORD = 8;
  private static final int END_WORD = 12;

  private final HhmmDictionary dictionary;
  private byte[] charTypes = new byte[64];


  // The word graph, tokens in smartcn's index order (by start, then as added); index 0 is the start
  // marker and the last the end marker. A token's word (smartcn's charArray) is pool[word, word+wordLength).
  int count;
  int[] starts = new int[128];
  int[] ends = new int[128];
  int[] types = new int[128];
  int[] freqs = new int[128];
  int[] words = new int[128];
  int[] wordLengths = new int[128];
  char[] pool = new char[256];
  private int poolLength;
  /** Per position 0..length: the tokens starting there are firstAt[p] until endAt[p] (none when equal). */
  int[] firstAt = new int[64];
  int[] endAt = new int[64];
  /** Per position 0..length: the first position at or after it where tokens start. */
  int[] nextAt = new int[64];

  WordGraph(HhmmDictionary dictionary) {
    this.dictionary = dictionary;
    System.arraycopy(CLASS_WORDS, 0, pool, 0, CLASS_WORDS.length);
  }

  /** Builds the graph of {@code text[base, base + length)}, as smartcn's {@code createSegGraph} does. */
  void build(char[] text, int base, int length) {
    prepare(text, base, length);
    add(-1, 0, HhmmSegmenter.SENTENCE_BEGIN, dictionary.startFreq, START_WORD, CLASS_WORD_LENGTH);
    int i = 0;
    while (i < length) {
      switch (charTypes[i]) {
        case SmartcnCharTypes.SPACE -> i++;
        case SmartcnCharTypes.SURROGATE -> {
          int n = Character.charCount(Character.codePointAt(text, base + i, base + length));
          add(i, i + n, HhmmSegmenter.CHINESE_WORD, 0, append(text, base + i, n), n);
          i += n;
        }
        case SmartcnCharTypes.HANZI -> {
          addWordsStartingAt(text, base, length, i);
          i++;
        }
        case SmartcnCharTypes.LETTER, SmartcnCharTypes.FULLWIDTH_LETTER -> i = addRun(i, length,
            SmartcnCharTypes.LETTER, SmartcnCharTypes.FULLWIDTH_LETTER, HhmmSegmenter.STRING,
            HhmmSegmenter.FULLWIDTH_STRING, dictionary.stringFreq, STRING_WORD);
        case SmartcnCharTypes.DIGIT, SmartcnCharTypes.FULLWIDTH_DIGIT -> i = addRun(i, length,
            SmartcnCharTypes.DIGIT, SmartcnCharTypes.FULLWIDTH_DIGIT, HhmmSegmenter.NUMBER,
            HhmmSegmenter.FULLWIDTH_NUMBER, dictionary.numberFreq, NUMBER_WORD);
        case SmartcnCharTypes.DELIMITER -> {
          add(i, i + 1, HhmmSegmenter.DELIMITER, HhmmSegmenter.MAX_FREQUENCE, append(text, base + i, 1), 1);
          i++;
        }
        default -> {
          // Any other character (outside GB2312's classes) is an unknown string of its own.
          add(i, i + 1, HhmmSegmenter.STRING, dictionary.stringFreq, STRING_WORD, CLASS_WORD_LENGTH);
          i++;
        }
      }
    }
    add(length, length + 1, HhmmSegmenter.SENTENCE_END, dictionary.endFreq, END_WORD, CLASS_WORD_LENGTH);
    int next = length;
    for (int p = length; p >= 0; p--) {
      if (endAt[p] > firstAt[p]) {
        next = p;
      }
      nextAt[p] = next;
    }
  }

  /** Sizes the arrays for a sentence of {@code length} chars, empties the graph, and classifies its chars. */
  private void prepare(char[] text, int base, int length) {
    if (charTypes.length < length) {
      charTypes = new byte[Math.max(length, charTypes.length * 2)];
    }
    if (firstAt.length < length + 1) {
      int size = Math.max(length + 1, firstAt.length * 2);
      firstAt = new int[size];
      endAt = new int[size];
      nextAt = new int[size];
    }
    for (int i = 0; i < length; i++) {
      charTypes[i] = SmartcnCharTypes.of(text[base + i]);
    }
    Arrays.fill(firstAt, 0, length + 1, 0);
    Arrays.fill(endAt, 0, length + 1, 0);
    count = 0;
    poolLength = CLASS_WORDS.length;
  }

  /**
   * The Han character at {@code i} as a word, then every dictionary word that starts with it, walking
   * the trie over the Han characters that follow (spaces between them skipped, as smartcn does).
   */
  private void addWordsStartingAt(char[] text, int base, int length, int i) {
    int word = append(text, base + i, 1);
    int node = dictionary.root(text[base + i]);
    add(i, i + 1, HhmmSegmenter.CHINESE_WORD, node < 0 ? 0 : dictionary.frequency(node), word, 1);
    int j = i + 1;
    int wordLength = 1;
    while (node >= 0) {
      if (wordLength > 1) {
        int frequency = dictionary.frequency(node);
        if (frequency >= 0) {
          add(i, j, HhmmSegmenter.CHINESE_WORD, frequency, word, wordLength);
        }
      }
      while (j < length && charTypes[j] == SmartcnCharTypes.SPACE) {
        j++;
      }
      if (j >= length || charTypes[j] != SmartcnCharTypes.HANZI) {
        return;
      }
      append(text, base + j, 1);
      node = dictionary.child(node, text[base + j]);
      wordLength++;
      j++;
    }
  }

  /**
   * A run of letters (or digits), half or full width, from {@code i} as one token standing for its
   * class word; full width when any of its chars is. Returns where the run ends.
   */
  private int addRun(int i, int length, byte half, byte full, int halfType, int fullType, int frequency, int classWord) {
    boolean fullWidth = charTypes[i] == full;
    int j = i + 1;
    while (j < length && (charTypes[j] == half || charTypes[j] == full)) {
      fullWidth |= charTypes[j] == full;
      j++;
    }
    add(i, j, fullWidth ? fullType : halfType, frequency, classWord, CLASS_WORD_LENGTH);
    return j;
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
}
