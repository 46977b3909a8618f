package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageStateTest {

  private static PageState state(String... nameValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
    }
    return PageState.of(params);
  }

  @Test
  void urlsWriteTheParametersInOneCanonicalOrderWhateverOrderTheyCameIn() {
    assertThat(state("page", "2", "source", "b", "q", "停火", "source", "a").url())
        .isEqualTo("/?q=%E5%81%9C%E7%81%AB&source=b&source=a&page=2");
  }

  @Test
  void blankValuesDuplicatesAndUnknownParametersAreDropped() {
    assertThat(state("q", "x", "from", "", "lang", "en", "lang", "en", "utm_source", "mail").url())
        .isEqualTo("/?q=x&lang=en");
  }

  @Test
  void tickingAFacetValueAddsItAndGoesBackToPageOne() {
    assertThat(state("q", "x", "source", "a", "page", "3").plus("source", "b").url())
        .isEqualTo("/?q=x&source=a&source=b");
  }

  @Test
  void untickingAFacetValueRemovesOnlyThatValue() {
    assertThat(state("q", "x", "source", "a", "source", "b").minus("source", "a").url())
        .isEqualTo("/?q=x&source=b");
  }

  @Test
  void turningThePageKeepsEverythingElse() {
    assertThat(state("q", "x", "lang", "ru", "sort", "date").with("page", "2").url())
        .isEqualTo("/?q=x&lang=ru&sort=date&page=2");
  }

  @Test
  void theChartComparesTheQueryAndAtMostThreeOthersWithoutRepeats() {
    assertThat(state("q", "a", "compare", "b", "compare", "a", "compare", "c", "compare", "d", "compare", "e")
        .chartQueries()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void theSearchParametersLeaveOutTheChartOnes() {
    assertThat(state("q", "x", "compare", "y", "interval", "week", "page", "2").searchParams())
        .containsOnlyKeys("q", "page", "group");
  }

  @Test
  void theFormFoldsCopiesUnlessEveryCopyIsAskedFor() {
    assertThat(state("q", "x").searchParams().get("group")).containsExactly("copies");
    assertThat(state("q", "x", "group", "none").searchParams().get("group")).containsExactly("none");
  }

  @Test
  void valuesAreEncodedSoAnAmpersandCannotStartAnotherParameter() {
    assertThat(state("q", "a&source=b", "lang", "zh-Hant").url("/articles/x"))
        .isEqualTo("/articles/x?q=a%26source%3Db&lang=zh-Hant");
  }
}
