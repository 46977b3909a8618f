package org.newssearch.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sound of a transliteration: sound-alike spellings share it, ordinary words have none. */
class PhoneticKeyTest {

  @org.junit.jupiter.api.Test
  void theShippedTableIsWhatIcuHanLatinReads() {
    com.ibm.icu.text.Transliterator pinyin = com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII");
    assertThat(PhoneticKey.table()).hasSize(240);
    PhoneticKey.table().forEach((c, syllable) -> assertThat(c == '什' ? "shi" : pinyin.transliterate(String.valueOf(c)).strip())
        .as(String.valueOf(c)).isEqualTo(syllable));
  }

  @ParameterizedTest(name = "{0} and {1} both sound {2}")
  @CsvSource({
      "维特科夫, 威特科夫, weitekefu", "卢比奥, 鲁比奥, lubiao", "拉夫罗夫, 拉夫洛夫, lafuluofu",
      "培斯科夫, 佩斯科夫, peisikefu", "泽连斯基, 澤連斯基, zeliansiji", "乌梅罗夫, 乌梅洛夫, wumeiluofu",
      "什米加尔, 施米加尔, shimijiaer",
  })
  void soundAlikeTransliterationsShareTheirKey(String a, String b, String key) {
    assertThat(PhoneticKey.of(a)).hasValue(key);
    assertThat(PhoneticKey.of(b)).hasValue(key);
  }

  @ParameterizedTest(name = "{0} has no key")
  @ValueSource(strings = {"东南亚", "人民日报", "的时候", "国务院", "中华人民共和国", "新闻联播", "习近平",
      "普京", "基辅", "乌克兰危机", "Zelensky", "维特科夫说", "特朗普政府"})
  void ordinaryWordsShortNamesAndOtherScriptsHaveNoKey(String text) {
    assertThat(PhoneticKey.of(text)).isEmpty();
  }

  /** 基本法 is made of characters names use too (基辅, 本杰明, 法拉利), but sounds like no name. */
  @ParameterizedTest(name = "{0} is taken for no name")
  @ValueSource(strings = {"基本法", "东南亚", "新闻联播", "美利坚", "伊斯兰", "马克思", "可口可乐"})
  void ordinaryWordsNeverExpand(String word) {
    assertThat(NameVariants.shipped().lookup(word)).isEmpty();
  }
}
