package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of {@link SpamFilter} (with {@link RepeatedPhrases} and {@link TitleFragments}), one row per
 * case: a headline, paragraphs (separated by ⏎), what is left and the flags raised. Seed
 * 001_60920aa6a8be9024.txt (sample-data) motivated them: a gambling site's name and fragments of
 * the headline injected between the words of a news text ({@code SeedGoldenTest} checks it whole).
 */
class SpamRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // rule | title | paragraphs | paragraphs left | flags
      "an unrelated repeated phrase inserted mid-sentence, where the seam is attested, is cut everywhere | 美俄官员在利雅得会谈 "
          + "| 美俄官员在利雅得举行会谈澳门威尼斯人娱乐场官网讨论结束战争的办法。⏎双方会谈讨论了停火。⏎乌克兰总统表示，澳门威尼斯人娱乐场官网任何协议都需要乌克兰参与。 "
          + "| 美俄官员在利雅得举行会谈讨论结束战争的办法。⏎双方会谈讨论了停火。⏎乌克兰总统表示，任何协议都需要乌克兰参与。 | spam-removed",
      "the same phrase only at clause seams may be the text's own: kept | 美俄官员在利雅得会谈 "
          + "| 美国和俄罗斯官员在利雅得举行会谈，澳门威尼斯人娱乐场官网讨论结束战争的办法。⏎乌克兰总统表示，澳门威尼斯人娱乐场官网任何协议都需要乌克兰参与。 "
          + "| 美国和俄罗斯官员在利雅得举行会谈，澳门威尼斯人娱乐场官网讨论结束战争的办法。⏎乌克兰总统表示，澳门威尼斯人娱乐场官网任何协议都需要乌克兰参与。 | -",
      "a cut that would join two characters the article never joins is not made | 美俄官员在利雅得会谈 "
          + "| 美俄官员在利雅得举行会谈澳门威尼斯人娱乐场官网讨论结束战争的办法。⏎乌克兰总统表示，澳门威尼斯人娱乐场官网任何协议都需要乌克兰参与。 "
          + "| 美俄官员在利雅得举行会谈澳门威尼斯人娱乐场官网讨论结束战争的办法。⏎乌克兰总统表示，澳门威尼斯人娱乐场官网任何协议都需要乌克兰参与。 | -",
      "a phrase the article is about may repeat | 泽连斯基访问土耳其 "
          + "| 乌克兰总统泽连斯基访问土耳其。⏎乌克兰总统泽连斯基会见埃尔多安。 "
          + "| 乌克兰总统泽连斯基访问土耳其。⏎乌克兰总统泽连斯基会见埃尔多安。 | -",
      "a clean article is left as it is | 停火协议生效 "
          + "| 停火协议今日生效，双方同意交换战俘。 "
          + "| 停火协议今日生效，双方同意交换战俘。 | -",
  })
  void eachRuleCutsOnlyWhatWasInjected(String rule, String title, String paragraphs, String left, String flags) {
    SpamFilter.Result result = SpamFilter.clean(title.strip(), Arrays.asList(paragraphs.strip().split("⏎")));
    assertThat(result.paragraphs()).as(rule).isEqualTo(List.of(left.strip().split("⏎")));
    assertThat(result.flags()).as(rule).isEqualTo(flags == null ? Set.of() : Set.of(flags.strip().split(",")));
  }
}
