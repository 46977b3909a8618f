package org.newssearch.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

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

  public CopySignature {
    if (values.length != LENGTH) {
      throw new IllegalArgumentException("a signature has " + LENGTH + " values, not " + values.length);
    }
  }

  /** The share of equal values: an estimate of the Jaccard similarity of the two shingle sets. */
  public double similarity(CopySignature other) {
    int equal = 0;
    for (int i = 0; i < LENGTH; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / LENGTH;
  }

  /**
   * One key per band, as indexed in {@link Schema#COPY_BAND}: the band's number and a 32-bit hash of
   * its values (5 bytes, not 17: a chance collision only adds a candidate, which the check drops).
   */
  public BytesRef[] bandKeys() {
    BytesRef[] keys = new BytesRef[BANDS];
    for (int band = 0; band < BANDS; band++) {
      keys[band] = new BytesRef(ByteBuffer.allocate(5).put((byte) band).putInt(bandHash(band)).array());
    }
    return keys;
  }

  /** A 32-bit hash of the values of band {@code band}. */
  public int bandHash(int band) {
    return Arrays.hashCode(Arrays.copyOfRange(values, band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND));
  }

  /** The values as stored in {@link Schema#COPY_SIGNATURE}. */
  public byte[] toBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(4 * LENGTH);
    bytes.asIntBuffer().put(values);
    return bytes.array();
  }

  /** A signature read back from {@link #toBytes}. */
  public static CopySignature fromBytes(BytesRef bytes) {
    int[] values = new int[LENGTH];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(values);
    return new CopySignature(values);
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
