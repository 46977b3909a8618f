package org.newssearch.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped gazetteer: its file's format, the CLDR countries, and what it holds. */
class GazetteerTest {

  @Test
  void theShippedGazetteerHoldsSeveralHundredEntities() {
    Gazetteer gazetteer = Gazetteer.shipped();
    assertThat(gazetteer.entities()).hasSizeGreaterThan(500);
    assertThat(gazetteer.entities().stream().filter(e -> !e.id().startsWith("country:")).count()).isGreaterThan(300);
  }

  @Test
  void countriesComeFromCldrInFiveLanguagesWithTheFileAddingShortForms() {
    Entity ukraine = Gazetteer.shipped().entity("country:ua").orElseThrow();
    assertThat(ukraine.type()).isEqualTo(EntityType.PLACE);
    assertThat(ukraine.spellings()).containsEntry("zh-CN", java.util.List.of("乌克兰")).containsEntry("zh-TW", java.util.List.of("烏克蘭"))
        .containsEntry("en", java.util.List.of("Ukraine")).containsEntry("ru", java.util.List.of("Украина"))
        .containsEntry("uk", java.util.List.of("Україна"));
    assertThat(Gazetteer.shipped().entity("country:sa").orElseThrow().all())
        .contains("沙特阿拉伯", "沙烏地阿拉伯", "沙特", "沙烏地", "Saudi Arabia", "Саудовская Аравия", "Саудівська Аравія");
    assertThat(Gazetteer.shipped().entity("country:mm").orElseThrow().spellings().get("en")).containsExactly("Myanmar", "Burma");
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource(delimiter = '|', value = {
      "pokrovsk | 红军城", "pokrovsk | Красноармейск", "pokrovsk | Покровськ", "bakhmut | Artemivsk",
      "steve-witkoff | 维特科夫", "steve-witkoff | 威特科夫", "rustem-umerov | 乌梅罗夫", "rustem-umerov | 烏梅羅夫",
      "donald-trump | 川普", "vladimir-putin | 普丁", "vladimir-putin | Путін", "nato | 北約", "kyiv | Kiev",
  })
  void theFileHoldsRegionalHistoricalAndForeignSpellings(String id, String spelling) {
    assertThat(Gazetteer.shipped().entity(id).orElseThrow().all()).contains(spelling);
  }

  @Test
  void aLineIsReadByForm() throws Exception {
    Entity entity = GazetteerFile.read(new BufferedReader(new StringReader(
        "# comment\npokrovsk\tplace\tzh-CN:波克罗夫斯克\ten:Pokrovsk\thist:红军城|Krasnoarmeysk\n")), "g.tsv").get(0);
    assertThat(entity).isEqualTo(new Entity("pokrovsk", EntityType.PLACE, Map.of(
        "zh-CN", java.util.List.of("波克罗夫斯克"), "en", java.util.List.of("Pokrovsk"),
        "hist", java.util.List.of("红军城", "Krasnoarmeysk"))));
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiterString = " => ", value = {
      "x\\tplace => g.tsv line 1: an entity needs an id, a type and at least one form of spellings; accepted: id<TAB>type<TAB>form:spelling|spelling<TAB>... (# starts a comment)",
      "x\\tcity\\ten:X => g.tsv line 1: unknown type 'city'; accepted: person, place, organisation",
      "x\\tplace\\tfr:Kiev => g.tsv line 1: unknown form 'fr' (a field is form:spelling|spelling); accepted: zh-CN, zh-TW, zh-HK, zh-SG, en, ru, uk, hist",
      "x\\tplace\\tKiev => g.tsv line 1: unknown form '' (a field is form:spelling|spelling); accepted: zh-CN, zh-TW, zh-HK, zh-SG, en, ru, uk, hist",
  })
  void aBadGazetteerLineIsRefusedWithItsNumber(String line, String message) {
    assertThatThrownBy(() -> GazetteerFile.read(new BufferedReader(new StringReader(line.replace("\\t", "\t"))), "g.tsv"))
        .hasMessage(message);
  }
}
