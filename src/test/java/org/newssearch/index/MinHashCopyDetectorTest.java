package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newssearch.ingest.Article;

/** Copies of a story have signatures that meet in a band and reach the threshold; another story of its topic does not. */
class MinHashCopyDetectorTest {

  private final CopyDetector detector = new MinHashCopyDetector();
  private final CopySignature original = sign(CopyTexts.ORIGINAL);

  @Test
  void anExactCopyUnderAnotherHeadlineIsACopy() {
    CopySignature copy = detector.signature(CopyTexts.article("b", "新标题", CopyTexts.ORIGINAL, "b.com", "2013-04-24"));
    assertThat(copy).isEqualTo(original);
  }

  @Test
  void anEditedCopyIsACopy() {
    assertCopy(sign(CopyTexts.EDITED));
  }

  @Test
  void aCopyCutToItsFirstSixtyPercentIsACopy() {
    assertCopy(sign(CopyTexts.TRUNCATED));
  }

  @Test
  void theTraditionalTwinIsACopy() {
    assertCopy(sign(CopyTexts.TRADITIONAL));
  }

  @Test
  void anotherStoryOfTheSameTopicAndTemplateIsNot() {
    CopySignature other = sign(CopyTexts.SAME_TOPIC);
    assertThat(detector.copies(original, other)).as("similarity %s", original.similarity(other)).isFalse();
  }

  @Test
  void aTextOfAFewWordsHasNoSignature() {
    assertThat(sign("新闻联播：会议在北京举行。")).isNull();
  }

  private void assertCopy(CopySignature copy) {
    assertThat(detector.copies(original, copy)).as("similarity %s", original.similarity(copy)).isTrue();
    boolean meet = false;
    for (int band = 0; band < CopySignature.BANDS; band++) {
      meet |= original.bandHash(band) == copy.bandHash(band);
    }
    assertThat(meet).as("a band in common").isTrue();
  }

  private CopySignature sign(String body) {
    Article article = CopyTexts.article("a", "标题", body, "a.com", "2013-04-23");
    return detector.signature(article);
  }
}
