package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.index.Facet;

class FacetLabelsTest {

  @ParameterizedTest(name = "{0}={1} is shown as {2}")
  @CsvSource(delimiter = '|', value = {
      "ENTITY | country:ua   | 乌克兰",
      "ENTITY | pokrovsk     | 波克罗夫斯克",
      "ENTITY | no-such-id   | no-such-id",
      "LANG   | zh-Hans      | 中文（简体）",
      "SOURCE | BBC          | BBC",
  })
  void aValueIsShownByItsName(Facet facet, String value, String shown) {
    assertThat(FacetLabels.shown(facet, value)).isEqualTo(shown);
  }
}
