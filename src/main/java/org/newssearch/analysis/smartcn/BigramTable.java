package org.newssearch.analysis.smartcn;

import java.util.Arrays;

/**
 * smartcn's bigrams (its {@code BigramDictionary}: a 64-bit hash of "word1@word2", its
 * {@code hash1}, and a frequency) in an open-addressing table behind a bit filter, each with the
 * {@code hash2} steps that find it in smartcn's own table, so that a lookup takes a probe or two and
 * gives smartcn's answer (see {@link #frequency}). Immutable once built.
 */
final class BigramTable {

  /** smartcn's BigramDictionary's size, its PRIME_BIGRAM_LENGTH. */
  static final int PRIME_BIGRAM_LENGTH = 402137;
  /** smartcn's hash2 of a char[] is 0 to 288: its operator precedence keeps 8 bits, then adds a char and shifts by 8. */
  static final int MAX_HASH2 = ((255 << 5) + 255 + Character.MAX_VALUE) >> 8;
  /** A bigram whose slot in smartcn's table is where its probe starts: found whatever its hash2. */
  static final int ANY_STEP = -1;

  private static final int STEP_BITS = 9;
  private static final int STEP_MASK = (1 << STEP_BITS) - 1;
  private static final int PACKED_COUNT = 3 * STEP_BITS;
  private static final int FILTER_BITS = 22;

  /**
   * The pairs as stored in the compact form, sorted by hash: for each its hash, frequency and reach
   * ({@link #ANY_STEP}, up to three steps packed in the int by {@link #packedSteps}, or the offset
   * in {@code steps} of their count, then the steps).
   */
  record Pairs(long[] hashes, int[] freqs, int[] reach, short[] steps) {}

  /**
   * Each pair as four ints: the low and high half of its hash (both 0: an empty entry), its
   * frequency and its reach (see {@link Pairs}). Linear probing, two thirds full.
   */
  private final int[] table;
  /**
   * One bit per 2^22 values of a hash, set for smartcn's bigrams (512 KB, 8% of it set): most pairs
   * looked up are not bigrams (72% over the CCTV corpus), and this answers for them without
   * touching the 8 MB table. (Measured: 512 KB and 8 MB beat 1 MB and 16 MB by about 10%.)
   */
  private final long[] filter = new long[1 << (FILTER_BITS - 6)];
  private final short[] steps;
  private final int shift;
  private final int count;

  BigramTable(Pairs pairs) {
    this.steps = pairs.steps();
    this.count = pairs.hashes().length;
    // The power of two at or above the pairs: 524,288 entries, 63% full, for smartcn's 328,856.
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(count - 1L));
    this.table = new int[4 << bits];
    this.shift = 64 - bits;
    int mask = (1 << bits) - 1;
    for (int i = 0; i < count; i++) {
      long hash = pairs.hashes()[i];
      int slot = slot(hash);
      while (table[4 * slot] != 0 || table[4 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      table[4 * slot] = (int) hash;
      table[4 * slot + 1] = (int) (hash >>> 32);
      table[4 * slot + 2] = pairs.freqs()[i];
      table[4 * slot + 3] = pairs.reach()[i];
      int bit = filterBit(hash);
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  private static int filterBit(long key) {
    return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> (64 - FILTER_BITS));
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /**
   * What smartcn's {@code BigramDictionary.getFrequency} returns for the "w1@w2" whose
   * {@code hash1} is {@code hash} and whose {@code hash2} is {@code hash2}.
   *
   * <p>smartcn probes its table from {@code hash % PRIME} in steps of {@code hash2} (0 to 288: its
   * operator precedence keeps only the last character's bits) and gives up at the first empty slot,
   * which for a pair it lacks takes several probes at its 82% load (and 402,137 when the step is 0).
   * Here the hash is looked up directly, and whether smartcn's walk with this step would reach it
   * was worked out for every step when the table was built: the same answer, 0, even for a pair its
   * walk would not reach. (Over the whole CCTV corpus, 73.6 million lookups and 20.8 million found
   * pairs, there was no such pair: every pair is reached by its own hash2.)
   */
  int frequency(long hash, int hash2) {
    int low = (int) hash;
    int high = (int) (hash >>> 32);
    if ((low | high) == 0) {
      return 0; // smartcn stops at an empty slot, which matches 0 and has frequency 0
    }
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return 0;
    }
    int[] entries = table;
    int mask = (entries.length >>> 2) - 1;
    int slot = slot(hash);
    while (true) {
      int at = slot << 2;
      int l = entries[at];
      int h = entries[at + 1];
      if (l == low && h == high) {
        int reach = entries[at + 3];
        return reach == ANY_STEP || reaches(reach, hash2 % PRIME_BIGRAM_LENGTH) ? entries[at + 2] : 0;
      }
      if ((l | h) == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether {@code reach} (see {@link Pairs}) holds the step {@code step} (0 to 288). */
  private boolean reaches(int reach, int step) {
    if (reach < 0) { // up to three steps in the int itself
      int n = (reach >>> PACKED_COUNT) & 3;
      return (n > 0 && (reach & STEP_MASK) == step)
          || (n > 1 && ((reach >>> STEP_BITS) & STEP_MASK) == step)
          || (n > 2 && ((reach >>> 2 * STEP_BITS) & STEP_MASK) == step);
    }
    for (int i = reach + 1, end = reach + 1 + steps[reach]; i < end; i++) {
      if (steps[i] == step) {
        return true;
      }
    }
    return false;
  }

  /** A pair's steps when there are at most three: the sign bit, the count at bit 27, 9 bits a step. */
  static int packedSteps(short[] list, int count) {
    int packed = Integer.MIN_VALUE | (count << PACKED_COUNT);
    for (int i = 0; i < count; i++) {
      packed |= list[i] << (i * STEP_BITS);
    }
    return packed;
  }

  int count() {
    return count;
  }

  /** The pairs sorted by hash, with their step lists in that order: the same however the table was filled. */
  Pairs pairs() {
    long[] hashes = new long[count];
    int n = 0;
    for (int at = 0; at < table.length; at += 4) {
      if ((table[at] | table[at + 1]) != 0) {
        hashes[n++] = (table[at] & 0xFFFFFFFFL) | ((long) table[at + 1] << 32);
      }
    }
    Arrays.sort(hashes);
    int[] freqs = new int[n];
    int[] reaches = new int[n];
    short[] lists = new short[steps.length];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int at = find(hashes[i]);
      freqs[i] = table[at + 2];
      int reach = table[at + 3];
      if (reach < 0) {
        reaches[i] = reach; // any step, or the steps packed in it
      } else {
        reaches[i] = length;
        int stepCount = steps[reach] + 1;
        System.arraycopy(steps, reach, lists, length, stepCount);
        length += stepCount;
      }
    }
    return new Pairs(hashes, freqs, reaches, Arrays.copyOf(lists, length));
  }

  private int find(long hash) {
    int mask = (table.length >>> 2) - 1;
    int slot = slot(hash);
    while (table[slot << 2] != (int) hash || table[(slot << 2) + 1] != (int) (hash >>> 32)) {
      slot = (slot + 1) & mask;
    }
    return slot << 2;
  }
}
