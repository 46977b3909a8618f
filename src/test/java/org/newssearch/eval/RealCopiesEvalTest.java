package org.newssearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.newssearch.index.CopyTexts;
import org.newssearch.ingest.Article;

/** A report on given groups: every copy judged against its group's first article, the groups by size. */
class RealCopiesEvalTest {

  private final List<Article> articles = List.of(
      CopyTexts.article("a", "芦山地震", CopyTexts.ORIGINAL, "cctv.com", "2013-04-23"),
      CopyTexts.article("b", "外国领导人慰问", CopyTexts.TRUNCATED, "b.example", "2013-04-24"),
      CopyTexts.article("c", "又一批慰问", CopyTexts.SAME_TOPIC, "c.example", "2013-04-25"),
      CopyTexts.article("d", "会议", "会议在北京举行。", "cctv.com", "2013-04-25"));

  @Test
  void aCopyAndAnotherStoryInOneGroupGiveHalfOfTheSampleRight() {
    RealCopiesEval.Report report = RealCopiesEval.report(articles, Map.of("b", "a", "c", "a"), 10, 7, 5);
    assertThat(report.articles()).isEqualTo(4);
    assertThat(report.flagged()).isEqualTo(2);
    assertThat(report.sample()).extracting(RealCopiesEval.Judged::id, RealCopiesEval.Judged::sameStory)
        .containsExactlyInAnyOrder(Tuple.tuple("b", true), Tuple.tuple("c", false));
    assertThat(report.precision()).isEqualTo(0.5);
    assertThat(report.sizes().get("3-5")).containsExactly(1, 3);
    assertThat(report.sizes().get("2")).containsExactly(0, 0);
    assertThat(report.largest()).containsExactly(new RealCopiesEval.Group("a", "芦山地震", 3, "2013-04-23", "2013-04-25",
        List.of("外国领导人慰问", "又一批慰问")));
  }

  @Test
  void theSampleIsTheSameDrawEveryRunAndNoLargerThanAsked() {
    Map<String, String> groups = Map.of("b", "a", "c", "a");
    assertThat(RealCopiesEval.report(articles, groups, 1, 7, 5).sample())
        .isEqualTo(RealCopiesEval.report(articles, groups, 1, 7, 5).sample()).hasSize(1);
  }
}
