package org.newssearch.analysis.smartcn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * smartcn's two dictionaries (its {@code WordDictionary} and {@code BigramDictionary}, Apache-2.0,
 * from lucene-analysis-smartcn) in a compact, immutable form for {@link HhmmSegmenter}: one per JVM,
 * loaded lazily, safe to read from any number of threads.
 *
 * <ul>
 *   <li>Words: a character trie of the Han prefixes (U+4E00..U+9FA5) that smartcn's walk from a Han
 *       character reaches, laid out breadth first in three arrays, so a walk from a position in the
 *       text allocates nothing. Which prefixes the walk reaches, which of them are words and their
 *       frequencies are worked out when the dictionary is built by running smartcn's own lookups
 *       (its char hash table, and per row its prefix and exact binary searches) over its arrays.
 *       That makes the result smartcn's by construction, quirks and all. (As it happens its rows
 *       are all in the order its binary search assumes, so it reaches every prefix of every word;
 *       23,296 of its 85,607 entries have frequency 0, 中国人民银行 among them.)
 *   <li>Bigrams: a {@link BigramTable}.
 * </ul>
 *
 * <p>The compact form ({@code hhmm.dict}) is generated at build time from smartcn's
 * {@code coredict.mem} and {@code bigramdict.mem} by {@link HhmmDictionaryGenerator} (Maven's process-classes phase)
 * and read with one bulk read. When it is missing (a build without that step) the dictionary is
 * converted from smartcn's files at first use ({@link SmartcnDictionaries}), which is slower but
 * gives the same result.
 */
final class HhmmDictionary {

  static final String RESOURCE = "hhmm.dict";
  private static final int MAGIC = 0x48484d31; // "HHM1"

  /** First and last character smartcn treats as Han (its {@code CharType.HANZI}). */
  static final char HAN_FIRST = '\u4E00';
  static final char HAN_LAST = '\u9FA5';

  // smartcn's frequencies of the class words it puts in for a whole token.
  final int stringFreq; // 未##串
  final int numberFreq; // 未##数
  final int startFreq; // 始##始
  final int endFreq; // 末##末

  /** Node of each Han character (index c - HAN_FIRST), or -1 when smartcn has no row for it. */
  private final int[] roots;
  /** Per node: its last character; its children are nodes firstChild[n] until firstChild[n + 1]. */
  private final char[] label;
  private final int[] firstChild;
  /** Per node: the frequency smartcn gives the word it spells, or -1 when it is no word. */
  private final int[] frequency;

  private final BigramTable bigrams;

  HhmmDictionary(int[] classFreqs, int[] roots, char[] label, int[] firstChild, int[] frequency,
      BigramTable.Pairs bigramPairs) {
    this.stringFreq = classFreqs[0];
    this.numberFreq = classFreqs[1];
    this.startFreq = classFreqs[2];
    this.endFreq = classFreqs[3];
    this.roots = roots;
    this.label = label;
    this.firstChild = firstChild;
    this.frequency = frequency;
    this.bigrams = new BigramTable(bigramPairs);
  }

  // ---------------------------------------------------------------- lookups

  /** The trie node of Han character {@code c}, or -1. */
  int root(char c) {
    return c >= HAN_FIRST && c <= HAN_LAST ? roots[c - HAN_FIRST] : -1;
  }

  /** The child of {@code node} by character {@code c}, or -1. */
  int child(int node, char c) {
    int lo = firstChild[node];
    int hi = firstChild[node + 1] - 1;
    char[] labels = label;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = labels[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** smartcn's frequency of the word {@code node} spells, or -1 when it is no word. */
  int frequency(int node) {
    return frequency[node];
  }

  /** smartcn's frequency of the bigram with these hashes (see {@link BigramTable#frequency}). */
  int bigramFrequency(long hash, int hash2) {
    return bigrams.frequency(hash, hash2);
  }

  int nodeCount() {
    return label.length;
  }

  int bigramCount() {
    return bigrams.count();
  }

  // ---------------------------------------------------------------- the shared instance

  private static final class Holder {
    static final HhmmDictionary INSTANCE = load();
  }

  /** The dictionary, loaded at first use. */
  static HhmmDictionary get() {
    return Holder.INSTANCE;
  }

  private static HhmmDictionary load() {
    try (InputStream in = HhmmDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        return read(in);
      }
      return SmartcnDictionaries.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- compact form

  /** Writes the compact form: header, class frequencies, trie arrays, bigrams (by hash) and their steps. */
  void write(OutputStream out) throws IOException {
    BigramTable.Pairs pairs = bigrams.pairs();
    int n = pairs.hashes().length;
    int stepsLength = pairs.steps().length;
    int nodes = label.length;
    ByteBuffer buffer = ByteBuffer.allocate(4 * 9 + roots.length * 4 + nodes * 2 + (nodes + 1) * 4
        + nodes * 4 + n * 16 + stepsLength * 2);
    buffer.putInt(MAGIC).putInt(roots.length).putInt(nodes).putInt(n).putInt(stepsLength);
    buffer.putInt(stringFreq).putInt(numberFreq).putInt(startFreq).putInt(endFreq);
    buffer.asIntBuffer().put(roots);
    buffer.position(buffer.position() + roots.length * 4);
    buffer.asCharBuffer().put(label);
    buffer.position(buffer.position() + nodes * 2);
    buffer.asIntBuffer().put(firstChild);
    buffer.position(buffer.position() + (nodes + 1) * 4);
    buffer.asIntBuffer().put(frequency);
    buffer.position(buffer.position() + nodes * 4);
    buffer.asLongBuffer().put(pairs.hashes());
    buffer.position(buffer.position() + n * 8);
    buffer.asIntBuffer().put(pairs.freqs());
    buffer.position(buffer.position() + n * 4);
    buffer.asIntBuffer().put(pairs.reach());
    buffer.position(buffer.position() + n * 4);
    buffer.asShortBuffer().put(pairs.steps());
    out.write(buffer.array());
  }

  static HhmmDictionary read(InputStream in) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
    if (buffer.getInt() != MAGIC) {
      throw new IOException("not an HHMM dictionary");
    }
    int[] roots = new int[buffer.getInt()];
    int nodes = buffer.getInt();
    int pairs = buffer.getInt();
    short[] steps = new short[buffer.getInt()];
    int[] classFreqs = {buffer.getInt(), buffer.getInt(), buffer.getInt(), buffer.getInt()};
    buffer.asIntBuffer().get(roots);
    buffer.position(buffer.position() + roots.length * 4);
    char[] label = new char[nodes];
    buffer.asCharBuffer().get(label);
    buffer.position(buffer.position() + nodes * 2);
    int[] firstChild = new int[nodes + 1];
    buffer.asIntBuffer().get(firstChild);
    buffer.position(buffer.position() + (nodes + 1) * 4);
    int[] frequency = new int[nodes];
    buffer.asIntBuffer().get(frequency);
    buffer.position(buffer.position() + nodes * 4);
    long[] pairHashes = new long[pairs];
    buffer.asLongBuffer().get(pairHashes);
    buffer.position(buffer.position() + pairs * 8);
    int[] pairFreqs = new int[pairs];
    buffer.asIntBuffer().get(pairFreqs);
    buffer.position(buffer.position() + pairs * 4);
    int[] pairSteps = new int[pairs];
    buffer.asIntBuffer().get(pairSteps);
    buffer.position(buffer.position() + pairs * 4);
    buffer.asShortBuffer().get(steps);
    return new HhmmDictionary(classFreqs, roots, label, firstChild, frequency,
        new BigramTable.Pairs(pairHashes, pairFreqs, pairSteps, steps));
  }

}
