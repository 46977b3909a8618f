package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link TitleFragments}, on the article that motivated them: seed 004 (sample-data),
 * whose headline 美与俄乌分头谈“和平计划” 却缺席北约外长会 was cut into pieces injected between its words.
 */
class TitleFragmentsRulesTest {

  private static final String TITLE = "美与俄乌分头谈“和平计划” 却缺席北约外长会";

  private static String seed004Body() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("sample-data/004_0665a545c0b07fd2.txt"), StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(1, lines.size()));
  }

  @Test
  void aChainOfHeadlinePiecesRepeatedAtAttestedSeamsIsInjected() throws IOException {
    TitleFragments.Found found = TitleFragments.find(seed004Body(), TITLE);
    assertThat(found.injected()).containsExactlyInAnyOrder("乌分", "头谈", "却缺", "席北", "约外", "和平计划");
    // Only isolated occurrences are cut: the article's own “和平计划” stays (SeedGoldenTest).
    assertThat(TitleFragments.remove(seed004Body(), found.injected(), TITLE)).contains("“和平计划”").doesNotContain("乌分");
    assertThat(found.suspected()).isFalse();
  }

  @Test
  void theHeadlineQuotedWholeOrByItsOwnWordsIsNotAFragment() {
    String text = "新闻标题是美与俄乌分头谈“和平计划” 却缺席北约外长会。和平计划仍在讨论，北约外长会照常举行。"
        + "美与俄乌分头谈“和平计划” 却缺席北约外长会，评论认为和平计划前景不明。";
    TitleFragments.Found found = TitleFragments.find(text, TITLE);
    assertThat(found.injected()).isEmpty();
    assertThat(found.suspected()).isFalse();
  }

  @Test
  void piecesSeenOnceEachAreTooThinToCutAndOnlyRaiseSuspicion() {
    String text = "近期,美国推进和平计划。乌分美国务卿缺席会议。各方头谈此事。外长会后却缺少成果。";
    TitleFragments.Found found = TitleFragments.find(text, TITLE);
    assertThat(found.injected()).isEmpty();
  }
}
