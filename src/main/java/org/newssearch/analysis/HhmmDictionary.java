package org.newssearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;

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
 *   <li>Bigrams: smartcn keeps a 64-bit hash of "word1@word2" (its {@code hash1}) and a frequency;
 *       here the same pairs are in an open-addressing table behind a bit filter, each with the
 *       {@code hash2} steps that find it in smartcn's table, so that a lookup takes a probe or two
 *       and gives smartcn's answer (see {@link #bigramFrequency}).
 * </ul>
 *
 * <p>The compact form ({@code hhmm.dict}) is generated at build time from smartcn's
 * {@code coredict.mem} and {@code bigramdict.mem} by {@link HhmmDictionaryGenerator} (Maven's process-classes phase)
 * and read with one bulk read. When it is missing (a build without that step) the dictionary is
 * converted from smartcn's files at first use, which is slower but gives the same result.
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

  /** smartcn's BigramDictionary's size, its PRIME_BIGRAM_LENGTH. */
  static final int PRIME_BIGRAM_LENGTH = 402137;
  /** smartcn's hash2 of a char[] is 0 to 288: its operator precedence keeps 8 bits, then adds a char and shifts by 8. */
  static final int MAX_HASH2 = ((255 << 5) + 255 + Character.MAX_VALUE) >> 8;
  /** A bigram whose slot in smartcn's table is where its probe starts: found whatever its hash2. */
  private static final int ANY_STEP = -1;

  /**
   * smartcn's bigrams, each as four ints: the low and high half of its hash1 (both 0: an empty
   * entry), its frequency, and which hash2 steps find it in smartcn's table ({@link #ANY_STEP}, or
   * up to three of them packed in the int, see {@link #packedSteps}, or the offset in
   * {@link #steps} of their count, then the steps). Linear probing, two thirds full.
   */
  private final int[] bigrams;
  /**
   * One bit per 2^22 values of a hash, set for smartcn's bigrams (512 KB, 8% of it set): most pairs
   * looked up are not bigrams (72% over the CCTV corpus), and this answers for them without
   * touching the 8 MB table. (Measured: 512 KB and 8 MB beat 1 MB and 16 MB by about 10%.)
   */
  private final long[] bigramFilter = new long[1 << (FILTER_BITS - 6)];
  private static final int FILTER_BITS = 22;
  private final short[] steps;
  private final int bigramShift;
  private final int bigramCount;

  private HhmmDictionary(int[] classFreqs, int[] roots, char[] label, int[] firstChild, int[] frequency,
      long[] pairHashes, int[] pairFreqs, int[] pairSteps, short[] steps) {
    this.stringFreq = classFreqs[0];
    this.numberFreq = classFreqs[1];
    this.startFreq = classFreqs[2];
    this.endFreq = classFreqs[3];
    this.roots = roots;
    this.label = label;
    this.firstChild = firstChild;
    this.frequency = frequency;
    this.steps = steps;
    this.bigramCount = pairHashes.length;
    // The power of two at or above the pairs: 524,288 entries, 63% full, for smartcn's 328,856.
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(pairHashes.length - 1L));
    this.bigrams = new int[4 << bits];
    this.bigramShift = 64 - bits;
    int mask = (1 << bits) - 1;
    for (int i = 0; i < pairHashes.length; i++) {
      long hash = pairHashes[i];
      int slot = slot(hash);
      while (bigrams[4 * slot] != 0 || bigrams[4 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      bigrams[4 * slot] = (int) hash;
      bigrams[4 * slot + 1] = (int) (hash >>> 32);
      bigrams[4 * slot + 2] = pairFreqs[i];
      bigrams[4 * slot + 3] = pairSteps[i];
      int bit = filterBit(hash);
      bigramFilter[bit >>> 6] |= 1L << bit;
    }
  }

  private static int filterBit(long key) {
    return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> bigramShift);
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

  /**
   * What smartcn's {@code BigramDictionary.getFrequency} returns for the "w1@w2" whose
   * {@code hash1} is {@code hash} and whose {@code hash2} is {@code hash2}.
   *
   * <p>smartcn probes its table from {@code hash % PRIME} in steps of {@code hash2} (0 to 288: its
   * operator precedence keeps only the last character's bits) and gives up at the first empty slot,
   * which for a pair it lacks takes several probes at its 82% load (and 402,137 when the step is 0).
   * Here the hash is looked up directly, and whether smartcn's walk with this step would reach it
   * was worked out for every step when the dictionary was built: the same answer, 0, even for a pair
   * its walk would not reach. (Over the whole CCTV corpus, 73.6 million lookups and 20.8 million
   * found pairs, there was no such pair: every pair is reached by its own hash2.)
   */
  int bigramFrequency(long hash, int hash2) {
    int low = (int) hash;
    int high = (int) (hash >>> 32);
    if ((low | high) == 0) {
      return 0; // smartcn stops at an empty slot, which matches 0 and has frequency 0
    }
    int bit = filterBit(hash);
    if ((bigramFilter[bit >>> 6] & (1L << bit)) == 0) {
      return 0;
    }
    int[] table = bigrams;
    int mask = (table.length >>> 2) - 1;
    int slot = slot(hash);
    while (true) {
      int at = slot << 2;
      int l = table[at];
      int h = table[at + 1];
      if (l == low && h == high) {
        int reach = table[at + 3];
        return reach == ANY_STEP || reaches(reach, hash2 % PRIME_BIGRAM_LENGTH) ? table[at + 2] : 0;
      }
      if ((l | h) == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether {@code reach} (see {@link #bigrams}) holds the step {@code step} (0 to 288). */
  private boolean reaches(int reach, int step) {
    if (reach < 0) { // up to three steps in the int itself
      int count = (reach >>> PACKED_COUNT) & 3;
      return (count > 0 && (reach & STEP_MASK) == step)
          || (count > 1 && ((reach >>> STEP_BITS) & STEP_MASK) == step)
          || (count > 2 && ((reach >>> 2 * STEP_BITS) & STEP_MASK) == step);
    }
    for (int i = reach + 1, end = reach + 1 + steps[reach]; i < end; i++) {
      if (steps[i] == step) {
        return true;
      }
    }
    return false;
  }

  /** An entry's steps when there are at most three: the sign bit, the count at bit 27, 9 bits a step. */
  private static int packedSteps(short[] list, int count) {
    int packed = Integer.MIN_VALUE | (count << PACKED_COUNT);
    for (int i = 0; i < count; i++) {
      packed |= list[i] << (i * STEP_BITS);
    }
    return packed;
  }

  private static final int STEP_BITS = 9;
  private static final int STEP_MASK = (1 << STEP_BITS) - 1;
  private static final int PACKED_COUNT = 3 * STEP_BITS;

  int nodeCount() {
    return label.length;
  }

  int bigramCount() {
    return bigramCount;
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
      return fromSmartcn();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- compact form

  /** Writes the compact form: header, class frequencies, trie arrays, bigrams (by hash) and their steps. */
  void write(OutputStream out) throws IOException {
    long[] pairHashes = new long[bigramCount];
    int n = 0;
    for (int at = 0; at < bigrams.length; at += 4) {
      if ((bigrams[at] | bigrams[at + 1]) != 0) {
        pairHashes[n++] = (bigrams[at] & 0xFFFFFFFFL) | ((long) bigrams[at + 1] << 32);
      }
    }
    Arrays.sort(pairHashes); // the same bytes however the table was filled
    int[] pairFreqs = new int[n];
    int[] pairSteps = new int[n];
    short[] stepLists = new short[steps.length];
    int stepsLength = 0;
    for (int i = 0; i < n; i++) {
      int at = find(pairHashes[i]);
      pairFreqs[i] = bigrams[at + 2];
      int reach = bigrams[at + 3];
      if (reach < 0) {
        pairSteps[i] = reach; // any step, or the steps packed in it
      } else {
        pairSteps[i] = stepsLength;
        int count = steps[reach] + 1;
        System.arraycopy(steps, reach, stepLists, stepsLength, count);
        stepsLength += count;
      }
    }
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
    buffer.asLongBuffer().put(pairHashes);
    buffer.position(buffer.position() + n * 8);
    buffer.asIntBuffer().put(pairFreqs);
    buffer.position(buffer.position() + n * 4);
    buffer.asIntBuffer().put(pairSteps);
    buffer.position(buffer.position() + n * 4);
    buffer.asShortBuffer().put(stepLists, 0, stepsLength);
    out.write(buffer.array());
  }

  private int find(long hash) {
    int mask = (bigrams.length >>> 2) - 1;
    int slot = slot(hash);
    while (bigrams[slot << 2] != (int) hash || bigrams[(slot << 2) + 1] != (int) (hash >>> 32)) {
      slot = (slot + 1) & mask;
    }
    return slot << 2;
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
    return new HhmmDictionary(classFreqs, roots, label, firstChild, frequency, pairHashes, pairFreqs, pairSteps,
        steps);
  }

  // ---------------------------------------------------------------- conversion from smartcn

  /** Reads smartcn's serialized dictionaries from its jar and converts them. */
  static HhmmDictionary fromSmartcn() throws IOException {
    Object[] core = readMem("coredict.mem", 4);
    Object[] bigram = readMem("bigramdict.mem", 2);
    SmartcnWords words = new SmartcnWords((short[]) core[0], (char[]) core[1], (char[][][]) core[2],
        (int[][]) core[3]);
    return convert(words, (long[]) bigram[0], (int[]) bigram[1]);
  }

  private static Object[] readMem(String name, int count) throws IOException {
    InputStream raw = HHMMSegmenter.class.getResourceAsStream(name);
    if (raw == null) {
      throw new IOException("smartcn's " + name + " is not on the class path");
    }
    try (ObjectInputStream in = new ObjectInputStream(raw)) {
      // As smartcn: arrays of primitives only.
      in.setObjectInputFilter(info -> {
        Class<?> type = info.serialClass();
        if (type == null) {
          return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
          type = type.getComponentType();
        }
        return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
      });
      Object[] objects = new Object[count];
      for (int i = 0; i < count; i++) {
        objects[i] = in.readObject();
      }
      return objects;
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
  }

  private static HhmmDictionary convert(SmartcnWords words, long[] bigramHashes, int[] bigramFreqs) {
    // Every Han prefix of every word, as a trie of maps; then smartcn's own walk over it decides which
    // prefixes it reaches and which of them are words, and the reached ones are laid out breadth first.
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<Integer> found = new ArrayList<>(); // smartcn's getPrefixMatch result for the node's prefix
    List<Integer> freqs = new ArrayList<>();
    int[] roots = new int[HAN_LAST - HAN_FIRST + 1];
    Arrays.fill(roots, -1);
    for (char c = HAN_FIRST; c <= HAN_LAST; c++) {
      char[][] row = words.row(c);
      if (row == null) {
        continue;
      }
      int root = children.size();
      children.add(new HashMap<>());
      roots[c - HAN_FIRST] = root;
      // The single character: smartcn's getFrequency of it (its empty or null tail), 0 when none.
      found.add(SmartcnWords.prefixMatch(row, new char[] {c}, 0));
      freqs.add(words.frequency(c, new char[0]));
      for (char[] tail : row) {
        if (tail == null) {
          continue;
        }
        int node = root;
        char[] prefix = {c};
        for (int han = 0; han < tail.length && tail[han] >= HAN_FIRST && tail[han] <= HAN_LAST; han++) {
          prefix = Arrays.copyOf(prefix, prefix.length + 1);
          prefix[prefix.length - 1] = tail[han];
          Integer next = children.get(node).get(tail[han]);
          if (next == null) {
            // As smartcn's walk: look the longer prefix up from where the shorter one was found.
            int parentFound = found.get(node);
            int at = parentFound == -1 ? -1 : SmartcnWords.prefixMatch(row, prefix, parentFound);
            next = children.size();
            children.add(new HashMap<>());
            found.add(at);
            freqs.add(at != -1 && SmartcnWords.isEqual(row, prefix, at)
                ? words.frequency(c, Arrays.copyOfRange(prefix, 1, prefix.length)) : -1);
            children.get(node).put(tail[han], next);
          }
          node = next;
        }
      }
    }
    // Breadth first: the roots in character order, then the reached children of each node by character.
    int total = children.size();
    int[] newId = new int[total];
    int[] order = new int[total];
    char[] labels = new char[total];
    int n = 0;
    for (char c = HAN_FIRST; c <= HAN_LAST; c++) {
      int root = roots[c - HAN_FIRST];
      if (root >= 0) {
        labels[n] = c;
        newId[root] = n;
        order[n++] = root;
      }
    }
    int[] firstChild = new int[total + 1];
    int k = 0;
    for (; k < n; k++) {
      firstChild[k] = n;
      List<Map.Entry<Character, Integer>> kids = new ArrayList<>(children.get(order[k]).entrySet());
      kids.sort(Map.Entry.comparingByKey());
      for (Map.Entry<Character, Integer> kid : kids) {
        if (found.get(kid.getValue()) != -1) {
          labels[n] = kid.getKey();
          newId[kid.getValue()] = n;
          order[n++] = kid.getValue();
        }
      }
    }
    firstChild[n] = n;
    char[] label = Arrays.copyOf(labels, n);
    firstChild = Arrays.copyOf(firstChild, n + 1);
    int[] frequency = new int[n];
    for (k = 0; k < n; k++) {
      frequency[k] = freqs.get(order[k]);
    }
    for (int c = 0; c < roots.length; c++) {
      if (roots[c] >= 0) {
        roots[c] = newId[roots[c]];
      }
    }
    int[] classFreqs = {words.frequency("未##串"), words.frequency("未##数"), words.frequency("始##始"),
        words.frequency("末##末")};

    // Bigrams, and for each the hash2 steps with which smartcn's probe reaches its slot.
    int pairs = 0;
    for (long hash : bigramHashes) {
      if (hash != 0) {
        pairs++;
      }
    }
    long[] pairHashes = new long[pairs];
    int[] pairFreqs = new int[pairs];
    int[] pairSteps = new int[pairs];
    short[] steps = new short[1024];
    int stepsLength = 0;
    short[] reaching = new short[MAX_HASH2 + 1];
    pairs = 0;
    for (int slot = 0; slot < bigramHashes.length; slot++) {
      long hash = bigramHashes[slot];
      if (hash == 0) {
        continue;
      }
      pairHashes[pairs] = hash;
      pairFreqs[pairs] = bigramFreqs[slot];
      int reached = 0;
      boolean home = true;
      for (int step = 0; step <= MAX_HASH2; step++) {
        if (SmartcnBigrams.reaches(bigramHashes, hash, step, slot)) {
          reaching[reached++] = (short) step;
        } else {
          home = false;
        }
      }
      if (home) {
        pairSteps[pairs] = ANY_STEP;
      } else if (reached <= 3) {
        pairSteps[pairs] = packedSteps(reaching, reached);
      } else {
        if (stepsLength + reached + 1 > steps.length) {
          steps = Arrays.copyOf(steps, steps.length * 2 + reached + 1);
        }
        pairSteps[pairs] = stepsLength;
        steps[stepsLength++] = (short) reached;
        System.arraycopy(reaching, 0, steps, stepsLength, reached);
        stepsLength += reached;
      }
      pairs++;
    }
    return new HhmmDictionary(classFreqs, roots, label, firstChild, frequency, pairHashes, pairFreqs, pairSteps,
        Arrays.copyOf(steps, stepsLength));
  }

  /** smartcn's BigramDictionary probe, ported literally (used only to build the compact form). */
  private static final class SmartcnBigrams {

    /** Whether getBigramItemIndex for {@code hash} with this hash2 {@code step} returns {@code slot}. */
    static boolean reaches(long[] bigramHashTable, long hashId, int step, int slot) {
      int hash1 = (int) (hashId % PRIME_BIGRAM_LENGTH);
      int hash2 = step % PRIME_BIGRAM_LENGTH;
      if (hash1 < 0) {
        hash1 = PRIME_BIGRAM_LENGTH + hash1;
      }
      if (hash2 < 0) {
        hash2 = PRIME_BIGRAM_LENGTH + hash2;
      }
      if (hash1 != slot && hash2 == 0) {
        return false; // smartcn probes hash1 until i reaches PRIME_BIGRAM_LENGTH
      }
      int index = hash1;
      int i = 1;
      while (bigramHashTable[index] != 0 && bigramHashTable[index] != hashId && i < PRIME_BIGRAM_LENGTH) {
        index = (hash1 + i * hash2) % PRIME_BIGRAM_LENGTH;
        i++;
      }
      return i < PRIME_BIGRAM_LENGTH && bigramHashTable[index] == hashId && index == slot;
    }
  }

  /**
   * smartcn's WordDictionary lookups over its loaded arrays, ported literally (used only to build the
   * compact form): the char hash table and the binary search of a row.
   */
  private record SmartcnWords(short[] wordIndexTable, char[] charIndexTable, char[][][] items, int[][] freqs) {

    private static final int PRIME_INDEX_LENGTH = 12071;

    /** The row of words starting with {@code c} (their tails), or null when c has none. */
    char[][] row(char c) {
      short index = getWordItemTableIndex(c);
      if (index == -1) {
        return null;
      }
      char[][] row = items[wordIndexTable[index]];
      if (row == null) {
        // smartcn would fail here (a NullPointerException in getPrefixMatch).
        throw new IllegalStateException("smartcn's row for " + c + " is null");
      }
      return row;
    }

    int frequency(String word) {
      return frequency(word.charAt(0), word.substring(1).toCharArray());
    }

    /** smartcn's getFrequency(c + tail): 0 when it does not find the word. */
    int frequency(char c, char[] tail) {
      short hashIndex = getWordItemTableIndex(c);
      if (hashIndex == -1) {
        return 0;
      }
      char[] word = new char[tail.length + 1];
      word[0] = c;
      System.arraycopy(tail, 0, word, 1, tail.length);
      int itemIndex = findInTable(hashIndex, word);
      return itemIndex == -1 ? 0 : freqs[wordIndexTable[hashIndex]][itemIndex];
    }

    private int findInTable(short knownHashIndex, char[] charArray) {
      char[][] row = items[wordIndexTable[knownHashIndex]];
      int start = 0;
      int end = row.length - 1;
      int mid = (start + end) / 2;
      while (start <= end) {
        int cmpResult = compareArray(row[mid], 0, charArray, 1);
        if (cmpResult == 0) {
          return mid;
        } else if (cmpResult < 0) {
          start = mid + 1;
        } else {
          end = mid - 1;
        }
        mid = (start + end) / 2;
      }
      return -1;
    }

    /** smartcn's getPrefixMatch(charArray, knownStart) in the row of charArray[0]. */
    static int prefixMatch(char[][] items, char[] charArray, int knownStart) {
      int start = knownStart;
      int end = items.length - 1;
      int mid = (start + end) / 2;
      while (start <= end) {
        int cmpResult = compareArrayByPrefix(charArray, 1, items[mid], 0);
        if (cmpResult == 0) {
          while (mid >= 0 && compareArrayByPrefix(charArray, 1, items[mid], 0) == 0) {
            mid--;
          }
          return mid + 1;
        } else if (cmpResult < 0) {
          end = mid - 1;
        } else {
          start = mid + 1;
        }
        mid = (start + end) / 2;
      }
      return -1;
    }

    /** smartcn's isEqual(charArray, itemIndex) in the row of charArray[0]. */
    static boolean isEqual(char[][] items, char[] charArray, int itemIndex) {
      return compareArray(charArray, 1, items[itemIndex], 0) == 0;
    }

    private static int compareArrayByPrefix(char[] shortArray, int shortIndex, char[] longArray, int longIndex) {
      if (shortArray == null) {
        return 0;
      } else if (longArray == null) {
        return shortIndex < shortArray.length ? 1 : 0;
      }
      int si = shortIndex;
      int li = longIndex;
      while (si < shortArray.length && li < longArray.length && shortArray[si] == longArray[li]) {
        si++;
        li++;
      }
      if (si == shortArray.length) {
        return 0;
      }
      if (li == longArray.length) {
        return 1;
      }
      return shortArray[si] > longArray[li] ? 1 : -1;
    }

    private short getWordItemTableIndex(char c) {
      int hash1 = (int) (hash1(c) % PRIME_INDEX_LENGTH);
      int hash2 = hash2(c) % PRIME_INDEX_LENGTH;
      if (hash1 < 0) {
        hash1 = PRIME_INDEX_LENGTH + hash1;
      }
      if (hash2 < 0) {
        hash2 = PRIME_INDEX_LENGTH + hash2;
      }
      int index = hash1;
      int i = 1;
      while (charIndexTable[index] != 0 && charIndexTable[index] != c && i < PRIME_INDEX_LENGTH) {
        index = (hash1 + i * hash2) % PRIME_INDEX_LENGTH;
        i++;
      }
      if (i < PRIME_INDEX_LENGTH && charIndexTable[index] == c) {
        return (short) index;
      }
      return -1;
    }

    private static long hash1(char c) {
      final long p = 1099511628211L;
      long hash = 0xcbf29ce484222325L;
      hash = (hash ^ (c & 0x00FF)) * p;
      hash = (hash ^ (c >> 8)) * p;
      hash += hash << 13;
      hash ^= hash >> 7;
      hash += hash << 3;
      hash ^= hash >> 17;
      hash += hash << 5;
      return hash;
    }

    @SuppressWarnings("OperatorPrecedence") // smartcn's, kept as it is
    private static int hash2(char c) {
      int hash = 5381;
      hash = ((hash << 5) + hash) + c & 0x00FF;
      hash = ((hash << 5) + hash) + c >> 8;
      return hash;
    }

    private static int compareArray(char[] larray, int lstartIndex, char[] rarray, int rstartIndex) {
      if (larray == null) {
        if (rarray == null || rstartIndex >= rarray.length) {
          return 0;
        }
        return -1;
      } else if (rarray == null) {
        return lstartIndex >= larray.length ? 0 : 1;
      }
      int li = lstartIndex;
      int ri = rstartIndex;
      while (li < larray.length && ri < rarray.length && larray[li] == rarray[ri]) {
        li++;
        ri++;
      }
      if (li == larray.length) {
        return ri == rarray.length ? 0 : -1;
      }
      if (ri == rarray.length) {
        return 1;
      }
      return larray[li] > rarray[ri] ? 1 : -1;
    }
  }
}
