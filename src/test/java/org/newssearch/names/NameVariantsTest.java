package org.newssearch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which entity a query's word names: by spelling in any script or region, else by sound. */
class NameVariantsTest {

  private static final NameVariants NAMES = NameVariants.shipped();

  @ParameterizedTest(name = "{0} names {1} (by sound: {2})")
  @CsvSource({
      "泽连斯基, volodymyr-zelensky, false", "澤倫斯基, volodymyr-zelensky, false", "ZELENSKYY, volodymyr-zelensky, false",
      "Зеленський, volodymyr-zelensky, false", "弗拉基米尔泽连斯基, volodymyr-zelensky, false",
      "紅軍城, pokrovsk, false", "Красноармейск, pokrovsk, false", "川普, donald-trump, false",
      "Украина, country:ua, false", "沙烏地阿拉伯, country:sa, false",
      // Not in any list, but sounds like a spelling that is.
      "威特柯夫, steve-witkoff, true", "路比奥, marco-rubio, true", "佩斯柯夫, dmitry-peskov, true",
  })
  void aWordNamesItsEntity(String word, String id, boolean bySound) {
    NameVariants.Match match = NAMES.lookup(word).orElseThrow();
    assertThat(match.entity().id()).isEqualTo(id);
    assertThat(match.soundAlike()).isEqualTo(bySound);
  }

  @Test
  void namesInsideARunOfChineseAreFoundLongestFirst() {
    assertThat(NAMES.within("泽连斯基访问基辅")).extracting(f -> f.start() + "-" + f.end() + " " + f.entity().id())
        .containsExactly("0-4 volodymyr-zelensky", "6-8 kyiv");
    assertThat(NAMES.within("克里米亚大桥遇袭")).extracting(f -> f.entity().id()).containsExactly("crimean-bridge");
    assertThat(NAMES.within("新闻联播")).isEmpty();
  }

  @Test
  void aSearchNeedsOneOfEachSpellingAndNoneThatHoldsAnother() {
    List<String> searched = NAMES.spellingsToSearch(NAMES.exact("Zelensky").orElseThrow());
    // 澤倫斯基 stands for 泽伦斯基 too; 弗拉基米尔·泽连斯基, Volodymyr Zelensky and the like hold a shorter spelling.
    assertThat(searched).containsExactly("泽连斯基", "澤倫斯基", "Zelensky", "Zelenskyy", "Zelenskiy", "Зеленский", "Зеленський");
  }
}
