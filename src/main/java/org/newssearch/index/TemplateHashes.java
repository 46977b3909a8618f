package org.newssearch.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The least hashes of a build that many different stories share: the shingles of a template
 * ("央视网消息（新闻联播）：", "应国务院总理李克强邀请，", "本台今天播发央视快评《…》"), which say nothing of
 * whether two texts are one story. A value of {@link CopySignature} bucket {@code b} is a template's
 * when the articles holding it there belong to more than {@link #MAX_STORIES} groups of a first
 * grouping: the copies of one story, however many, count once, so that a story carried by fifty
 * outlets keeps its shingles, while a formula used by fifty stories loses its own.
 *
 * <p>Counting is order-free (sorted (value, group) pairs per bucket), so the result is the same
 * whatever order the threads signed the articles in. An addition to a generation counts its own
 * articles only: a few added articles find no template, and compare as before templates were known.
 */
public final class TemplateHashes {

  /** No value is a template's: signatures compare on all their values. */
  public static final TemplateHashes NONE = new TemplateHashes(new int[CopySignature.LENGTH][0]);

  /**
   * Groups a value may be found in and still tell stories apart. Tuned on the CCTV corpus ({@code eval
   * copies --real}, docs/evaluation.md): a story cut, edited and re-headlined may split into a few
   * groups at first, a template's phrases are in hundreds.
   */
  static final int MAX_STORIES = 8;

  private static final int STORY_BITS = 27;

  /** For each bucket, its template values, sorted. */
  private final int[][] common;

  private TemplateHashes(int[][] common) {
    this.common = common;
  }

  /** The template values of {@code signatures}, given the group each article fell in at first. */
  static TemplateHashes of(CopySignature[] signatures, String[] groups) {
    if (signatures.length >= 1 << STORY_BITS) {
      throw new IllegalArgumentException("too many articles in one build to group copies: " + signatures.length);
    }
    Map<String, Integer> ordinals = new HashMap<>();
    int[] story = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      story[i] = ordinals.computeIfAbsent(groups[i], g -> ordinals.size());
    }
    int[][] common = new int[CopySignature.LENGTH][];
    long[] keyed = new long[signatures.length];
    for (int bucket = 0; bucket < CopySignature.LENGTH; bucket++) {
      for (int i = 0; i < signatures.length; i++) {
        keyed[i] = (signatures[i].values()[bucket] & 0xffffffffL) << STORY_BITS | story[i];
      }
      Arrays.sort(keyed);
      int[] values = new int[16];
      int n = 0;
      for (int start = 0, end; start < keyed.length; start = end) {
        int stories = 1;
        for (end = start + 1; end < keyed.length && keyed[end] >>> STORY_BITS == keyed[start] >>> STORY_BITS; end++) {
          stories += keyed[end] != keyed[end - 1] ? 1 : 0;
        }
        if (stories > MAX_STORIES) {
          values = n == values.length ? Arrays.copyOf(values, n * 2) : values;
          values[n++] = (int) (keyed[start] >>> STORY_BITS);
        }
      }
      common[bucket] = Arrays.copyOf(values, n);
      Arrays.sort(common[bucket]);
    }
    return new TemplateHashes(common);
  }

  /** Bit {@code b} set when the signature's value in bucket {@code b} is a template's. */
  public long mask(CopySignature signature) {
    long mask = 0;
    for (int bucket = 0; bucket < CopySignature.LENGTH; bucket++) {
      if (Arrays.binarySearch(common[bucket], signature.values()[bucket]) >= 0) {
        mask |= 1L << bucket;
      }
    }
    return mask;
  }

  /** How many values, over all buckets, are a template's. */
  public int size() {
    return Arrays.stream(common).mapToInt(values -> values.length).sum();
  }
}
