package org.newssearch.outlets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outlet registry: the shipped file, lookups by name, alias, domain and host, and a user's file. */
class OutletRegistryTest {

  private static final OutletRegistry SHIPPED = OutletRegistry.shipped();

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "新华社|新华社", // name
      "Xinhua|新华社", // alias
      "xinhua news agency|新华社", // alias, any case
      "  BBC |BBC News", // blanks around
      "新華社|新华社", // a Traditional alias
      "xinhuanet.com|新华社", // domain
      "www.xinhuanet.com|新华社", // host with www.
      "https://www.news.cn/world/20250218/abc.html|新华社", // URL
      "kh.depo.ua|Depo.ua", // a subdomain of the outlet's domain
      "city.kharkov.ua|Харківська міська рада", // a host as source (uk-brown-press)
      "voachinese.com|Voice of America", // sample-data
      "UNIAN|УНІАН", // uk-brown-press's spelling
      "Poltavskyi|Poltavskyi visnyk", // uk-brown-press's first word of a title
      "Викиновости|Викиновости"})
  void aSourceIsFoundByNameAliasDomainOrHost(String source, String outlet) {
    assertThat(SHIPPED.find(source)).map(Outlet::name).contains(outlet);
  }

  @ParameterizedTest
  @CsvSource({"unknown", "gov.ua", "example.org", "''", "Xinhua Daily Telegraph"})
  void aSourceTheRegistryDoesNotKnowFindsNothing(String source) {
    assertThat(SHIPPED.find(source)).isEmpty();
  }

  @Test
  void anOutletCarriesItsCountryLanguagesTypeAndOwnership() {
    Outlet tass = SHIPPED.find("TASS").orElseThrow();
    assertThat(tass.country()).isEqualTo("RU");
    assertThat(tass.languages()).containsExactly("ru", "en");
    assertThat(tass.type()).isEqualTo(OutletType.STATE_MEDIA);
    assertThat(tass.ownership()).isEqualTo("Government of the Russian Federation");
    Outlet unknownTitle = SHIPPED.find("Ye").orElseThrow();
    assertThat(unknownTitle.countryIfKnown()).contains("UA");
    assertThat(unknownTitle.typeIfKnown()).isEmpty();
    assertThat(unknownTitle.ownership()).isNull();
  }

  @Test
  void theShippedRegistryDescribesOverAHundredAndFiftyOutlets() {
    assertThat(SHIPPED.outlets()).hasSizeGreaterThan(150);
  }

  @Test
  void aUsersFileAddsOutletsAndReplacesThoseOfTheSameName() throws IOException {
    Path file = write("mine.tsv",
        "# my outlets",
        "bbc news\t\tbbc.co.uk\tGB\ten\tcommercial\t\t",
        "Kyiv Local\tКиївська місцева\tkyiv-local.example\tUA\tuk\tindependent");
    OutletRegistry registry = SHIPPED.withUserFile(file);
    assertThat(registry.find("bbc.co.uk")).map(Outlet::type).contains(OutletType.COMMERCIAL);
    assertThat(registry.find("BBC")).as("the replaced outlet's aliases are gone").isEmpty();
    assertThat(registry.find("bbc.com")).isEmpty();
    assertThat(registry.find("київська місцева")).map(Outlet::name).contains("Kyiv Local");
    assertThat(registry.find("新华社")).isPresent();
    assertThat(registry.outlets()).hasSize(SHIPPED.outlets().size() + 1);
    assertThat(SHIPPED.find("BBC")).as("the shipped registry is unchanged").isPresent();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "Xinhua\\tCN|found 2 tab-separated fields; a record has 6 to 8: name, aliases, domains, country, languages, type[, ownership[, notes]]",
      " \\t\\t\\tCN\\tzh-Hans\\t|the name is empty; a record starts with the outlet's name as articles give it as source",
      "BBC\\t\\t\\tUK\\ten\\t|country 'UK' is not an ISO 3166-1 alpha-2 code; write two capital letters such as GB, UA, CN, or leave it empty",
      "BBC\\t\\t\\tGB\\tEN\\t|language 'EN' is not a language tag such as en, ru, uk, zh-Hans, zh-Hant",
      "BBC\\t\\t\\tGB\\ten\\tstate|type 'state' is not one of state-media, public-broadcaster, commercial, independent, aggregator (or empty when unknown)",
      "BBC\\t\\thttps://bbc.com/news\\tGB\\ten\\t|domain 'https://bbc.com/news' is not a host name; write it like bbc.co.uk, without scheme or path",
      "Other\\tOne\\t\\tGB\\ten\\t|'One' already names the outlet of line 2; a name, alias or domain belongs to one outlet per file"})
  void aBadLineIsNamedWithItsFileAndNumberWhatIsWrongAndWhatIsAccepted(String line, String message) throws IOException {
    Path file = write("bad.tsv", "# a comment", "One\t\tone.example\tGB\ten\tcommercial", line.replace("\\t", "\t"));
    assertThatThrownBy(() -> SHIPPED.withUserFile(file)).isInstanceOf(OutletFileException.class)
        .hasMessage(file + " line 3: " + message);
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedInOneSentence() throws IOException {
    Path file = tmp.resolve("latin1.tsv");
    Files.write(file, "Le Monde\t\t\tFR\tfr\t\tGroupe Le Monde\tSoci\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> SHIPPED.withUserFile(file)).hasMessage(file + " is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void theInstalledRegistryIsTheShippedOneUntilTheCommandLineInstallsAnother() throws IOException {
    assertThat(OutletRegistry.installed().find("新华社")).isPresent();
    Path file = write("mine.tsv", "Local\t\t\tUA\tuk\t");
    try {
      OutletRegistry.install(SHIPPED.withUserFile(file));
      assertThat(OutletRegistry.installed().find("local")).isPresent();
    } finally {
      OutletRegistry.install(SHIPPED);
    }
    assertThat(OutletRegistry.installed().find("local")).isEqualTo(Optional.empty());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
