package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-permutation MinHash: one value per shingle, buckets filled by rotation, order and gaps count. */
class OnePermutationMinHashTest {

  private static final List<String> WORDS = List.of("国际", "社会", "继续", "就四", "川芦", "山地", "震向", "中方");

  @Test
  void fewerTokensThanAShingleGiveNoValuesAndOneShingleFillsEveryBucket() {
    assertThat(hash(WORDS.subList(0, 5), 1).values()).isNull();
    OnePermutationMinHash one = hash(WORDS.subList(0, 6), 1);
    assertThat(one.shingles()).isEqualTo(1);
    assertThat(Arrays.stream(one.values()).distinct().count()).isEqualTo(1);
    assertThat(hash(WORDS, 1).shingles()).isEqualTo(3);
  }

  @Test
  void theSameTokensGiveTheSameValuesAndAnotherOrderOrAGapOthers() {
    int[] values = hash(WORDS, 1).values();
    assertThat(hash(WORDS, 1).values()).isEqualTo(values);
    assertThat(hash(WORDS.reversed(), 1).values()).isNotEqualTo(values);
    assertThat(hash(WORDS, 2).values()).isNotEqualTo(values);
  }

  @Test
  void aLongTextFillsMostBucketsWithItsOwnLeastValues() {
    OnePermutationMinHash minHash = new OnePermutationMinHash(6);
    for (int i = 0; i < 2_000; i++) {
      char[] token = Integer.toString(i).toCharArray();
      minHash.add(token, token.length, 1);
    }
    assertThat(minHash.shingles()).isEqualTo(1_995);
    assertThat(Arrays.stream(minHash.values()).distinct().count()).isEqualTo(CopySignature.LENGTH);
  }

  /** The words with {@code gap} positions between the third and the fourth. */
  private static OnePermutationMinHash hash(List<String> words, int gap) {
    OnePermutationMinHash minHash = new OnePermutationMinHash(6);
    for (int i = 0; i < words.size(); i++) {
      char[] chars = words.get(i).toCharArray();
      minHash.add(chars, chars.length, i == 3 ? gap : 1);
    }
    return minHash;
  }
}
