package org.newssearch.index;

import java.util.Arrays;

/**
 * One-permutation MinHash over shingles of a token stream, fed token by token: each shingle of
 * {@code shingleLength} consecutive tokens is hashed once (64 bits), its top bits choose one of
 * {@link CopySignature#LENGTH} buckets, and each bucket keeps its least hash; empty buckets take the
 * value of the next non-empty one (rotation), as Lucene's {@code MinHashFilter} does.
 *
 * <p>It replaces Lucene's {@code ShingleFilter} + {@code MinHashFilter}, which built each shingle as
 * a string and encoded it to UTF-16 bytes before hashing it: those two took 15% of indexing time
 * (JFR over the CCTV corpus), this one hashes the tokens' chars in place (docs/benchmarks.md,
 * "Indexing").
 */
final class OnePermutationMinHash {

  /** Stands for a position with no token (a gap between runs), as {@code ShingleFilter}'s filler "_" did. */
  private static final long FILLER = 0x5f5f5f5f5f5f5f5fL;
  private static final int BUCKET_BITS = Integer.numberOfTrailingZeros(CopySignature.LENGTH);

  private final int shingleLength;
  private final long[] window;
  private final long[] least = new long[CopySignature.LENGTH];
  private int tokens;
  private int shingles;

  OnePermutationMinHash(int shingleLength) {
    this.shingleLength = shingleLength;
    this.window = new long[shingleLength];
    Arrays.fill(least, Long.MAX_VALUE);
  }

  /** Adds a token of {@code length} chars of {@code chars}, {@code gap} positions after the previous one. */
  void add(char[] chars, int length, int gap) {
    for (int filler = Math.min(gap - 1, shingleLength - 1); filler > 0 && tokens > 0; filler--) {
      push(FILLER);
    }
    push(tokenHash(chars, length));
  }

  private void push(long tokenHash) {
    window[tokens++ % shingleLength] = tokenHash;
    if (tokens >= shingleLength) {
      long hash = shingleHash();
      int bucket = (int) (hash >>> (64 - BUCKET_BITS));
      long value = hash & (-1L >>> BUCKET_BITS);
      if (value < least[bucket]) {
        least[bucket] = value;
      }
      shingles++;
    }
  }

  /** The number of shingles added so far. */
  int shingles() {
    return shingles;
  }

  /** The low 32 bits of each bucket's least hash, empty buckets filled by rotation; null without shingles. */
  int[] values() {
    if (shingles == 0) {
      return null;
    }
    int[] values = new int[CopySignature.LENGTH];
    for (int i = 0; i < values.length; i++) {
      int from = i;
      while (least[from] == Long.MAX_VALUE) {
        from = (from + 1) % values.length;
      }
      values[i] = (int) least[from];
    }
    return values;
  }

  /** The shingle that ends at the last token, its tokens in order. */
  private long shingleHash() {
    long hash = 0;
    for (int i = tokens - shingleLength; i < tokens; i++) {
      hash = (hash + window[i % shingleLength]) * 0x9E3779B97F4A7C15L;
    }
    return mix(hash);
  }

  /** FNV-1a over the token's chars, then mixed. */
  private static long tokenHash(char[] chars, int length) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      hash = (hash ^ chars[i]) * 0x100000001b3L;
    }
    return mix(hash);
  }

  /** MurmurHash3's 64-bit finalizer: every input bit moves every output bit. */
  private static long mix(long hash) {
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb93e53fe1a53L;
    return hash ^ hash >>> 33;
  }
}
