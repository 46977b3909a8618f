package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The compact scorer gives Lucene's scores, to the bit. */
class CompactPassageScorerTest {

  private final PassageScorer lucene = new PassageScorer();
  private final PassageScorer compact = new CompactPassageScorer();

  @Test
  void scoresAPassageWithRepeatedTermsAsLuceneDoes() {
    Passage passage = passage(120, 64);
    passage.addMatch(121, 123, new BytesRef("会见"), 3);
    passage.addMatch(130, 133, new BytesRef("习近平"), 5);
    passage.addMatch(140, 142, new BytesRef("会见"), 3);
    float score = compact.score(passage, 2000);
    assertThat(score).isEqualTo(lucene.score(passage, 2000));
    assertThat(score).isPositive();
  }

  @Test
  void scoresAPassageWithoutMatchesAsLuceneDoes() {
    Passage passage = passage(0, 10);
    assertThat(compact.score(passage, 10)).isEqualTo(lucene.score(passage, 10)).isZero();
  }

  @Test
  void scoresRandomPassagesAsLuceneDoesToTheBit() {
    Random random = new Random(42);
    String[] words = {"新闻", "联播", "习近平", "会见", "国务院", "乌克兰", "俄罗斯", "a", "ab"};
    for (int round = 0; round < 5000; round++) {
      int start = random.nextInt(5000);
      Passage passage = passage(start, 40 + random.nextInt(300)); // room for every match
      int matches = random.nextInt(12);
      for (int m = 0; m < matches; m++) {
        int at = start + m * 3;
        passage.addMatch(at, at + 2, new BytesRef(words[random.nextInt(words.length)]), 1 + random.nextInt(40));
      }
      int contentLength = passage.getEndOffset() + random.nextInt(20000);
      assertThat(Float.floatToIntBits(compact.score(passage, contentLength)))
          .as("passage %d", round)
          .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
    }
  }

  private static Passage passage(int start, int length) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + length);
    return passage;
  }
}
