package org.newssearch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which entities a text mentions, in any spelling: what the {@code entity} facet records. */
class EntityMentionsTest {

  private static final EntityMentions SHIPPED = EntityMentions.shipped();

  @ParameterizedTest(name = "{0} mentions {1}")
  @CsvSource(delimiter = ';', value = {
      // Simplified, Traditional (Taiwan and Hong Kong), overseas, with the name-joining dot.
      "泽连斯基当天表示; volodymyr-zelensky",
      "澤倫斯基當天表示; volodymyr-zelensky",
      "澤連斯基說; volodymyr-zelensky",
      "弗拉基米尔·泽连斯基访问基辅; kyiv volodymyr-zelensky",
      "普京与特朗普通电话; donald-trump vladimir-putin",
      // The longest spelling wins: South Sudan is not Sudan, Mariupol is not Mali, the oblast is not the city.
      "南苏丹局势; country:ss",
      "马里乌波尔; mariupol",
      "基辅州遭袭; kyiv-oblast",
      "红军城方向; pokrovsk",
      // English: whole words, any case but a capitalised spelling needs a capital.
      "Zelenskyy met Putin in Kyiv; kyiv vladimir-putin volodymyr-zelensky",
      "ZELENSKY SAYS; volodymyr-zelensky",
      "Talks in Turkey and Saudi Arabia; country:sa country:tr",
      "roast turkey for us; ''",
      "Putting it plainly, the zelenskyyfication; ''",
      "the U.S. and the UAE; country:ae country:us",
      // Russian and Ukrainian, inflected.
      "Встреча Путина и Зеленского в Москве; moscow vladimir-putin volodymyr-zelensky",
      "Лавров заявил Лаврову; sergei-lavrov",
      "Зустріч Путіна із Зеленським; vladimir-putin volodymyr-zelensky",
      "Украине помогают; country:ua",
      // CLDR's qualified names are not the qualifier's country: США is the United States alone.
      "США и Великобритания; country:gb country:us",
      "Гонконг; country:hk",
      // Words that hold a country's name but do not mention it.
      "内蒙古自治区; ''",
      "延边朝鲜族自治州; ''",
      "蒙古国总统; country:mn",
      // Common words that start like a name but are not one.
      "Путешествие по ночной Москвичке; ''",
      "новости дня; ''",
  })
  void aTextMentionsTheEntitiesOfEverySpellingInIt(String text, String ids) {
    assertThat(SHIPPED.in(text)).isEqualTo(ids.isEmpty() ? List.of() : List.of(ids.split(" ")));
  }

  @ParameterizedTest(name = "{0} names {1} in a query too")
  @CsvSource({"США, country:us", "Великобритания, country:gb", "Гонконг, country:hk", "Бирма, country:mm"})
  void aQualifierInACldrNameIsNotASpellingOfTheQualifiedPlace(String spelling, String id) {
    assertThat(NameVariants.shipped().exact(spelling).orElseThrow().id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"зеленский, зеленск", "путин, путин", "україна, україн", "москва, москв", "сша, сш"})
  void aCyrillicStemIsTheWordWithoutItsFinalVowels(String word, String stem) {
    assertThat(EntityMentions.stem(word)).isEqualTo(stem);
  }
}
