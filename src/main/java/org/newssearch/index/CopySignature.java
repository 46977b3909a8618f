package org.newssearch.index;

import java.util.Arrays;

/**
 * The MinHash signature of an article's text: for each of {@link #LENGTH} hash buckets, the least
 * hash (its high 32 bits) of the text's word shingles. The share of equal values estimates the
 * Jaccard similarity of two texts' shingle sets; bands of {@link #ROWS_PER_BAND} values are the keys
 * under which candidates meet (locality-sensitive hashing).
 */
public record CopySignature(int[] values) {

  /** Minimum hashes per signature: the estimate's standard error is about 0.06 at a similarity of 0.5. */
  public static final int LENGTH = 64;
  /**
   * Values per band: two texts meet as candidates when one band of theirs is equal. With 21 bands of
   * 3 (the 64th value counts only in the similarity), a pair of similarity s meets with probability
   * 1 - (1 - s^3)^21: 0.57 at the threshold 0.34, 0.94 at 0.5, 0.99 at 0.6, and 0.16 at 0.2
   * (candidates are then checked against the whole signature). Bands of 4 (16 of them) missed a
   * third more of the edited copies and a quarter of the truncated ones ({@code eval copies}).
   */
  public static final int ROWS_PER_BAND = 3;
  public static final int BANDS = LENGTH / ROWS_PER_BAND;
  /**
   * The fewest buckets free of template values that two signatures are compared on: 24 of 64. A
   * short text that is mostly template (an editorial announced by its title: "本台今天播发央视快评《…》")
   * cannot be told from the template's other stories; 32 also left out constructed copies of short
   * stories ({@code eval copies}: recall 0.94).
   */
  public static final int MIN_COMPARED = 24;
  /**
   * A share of equal values, template values included, that makes two texts copies whatever their
   * template: a re-headlined copy of a short formulaic text is still a copy.
   */
  public static final double NEAR_IDENTICAL = 0.9;

  public CopySignature {
    if (values.length != LENGTH) {
      throw new IllegalArgumentException("a signature has " + LENGTH + " values, not " + values.length);
    }
  }

  /** The share of equal values: an estimate of the Jaccard similarity of the two shingle sets. */
  public double similarity(CopySignature other) {
    int equal = 0;
    for (int i = 0; i < LENGTH; i++) {
      equal += values[i] == other.values[i] ? 1 : 0;
    }
    return (double) equal / LENGTH;
  }

  /**
   * The share of equal values among the buckets whose bit in {@code template} is clear, those where
   * neither text's least hash is a template's ({@link TemplateHashes}): the similarity of what the
   * texts say beyond their formulas; the share of all values when it reaches {@link #NEAR_IDENTICAL}.
   * 0 when fewer than {@link #MIN_COMPARED} buckets are left: a text that is mostly template cannot
   * be told from another story of the template.
   */
  public double similarity(CopySignature other, long template) {
    double all = similarity(other);
    if (all >= NEAR_IDENTICAL) {
      return all;
    }
    int compared = 0;
    int equal = 0;
    for (int i = 0; i < LENGTH; i++) {
      if ((template >>> i & 1) == 0) {
        compared++;
        equal += values[i] == other.values[i] ? 1 : 0;
      }
    }
    return compared < MIN_COMPARED ? 0 : (double) equal / compared;
  }

  /**
   * One key per band, under which candidates meet: the band's number in the high 32 bits,
   * a 32-bit hash of its values in the low ones (a chance collision only adds a candidate, which the
   * check drops).
   */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      keys[band] = (long) band << 32 | (bandHash(band) & 0xffffffffL);
    }
    return keys;
  }

  /** A 32-bit hash of the values of band {@code band}. */
  public int bandHash(int band) {
    return Arrays.hashCode(Arrays.copyOfRange(values, band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CopySignature other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "CopySignature" + Arrays.toString(values);
  }
}
