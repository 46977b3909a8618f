package org.newssearch.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user's alias file: entity-id TAB spelling|spelling, # comments, errors with their line number. */
class AliasFileTest {

  @Test
  void linesCommentsAndBlankLinesAreRead() throws IOException {
    List<Entity> entities = AliasFile.parse("""
        \uFEFF# my names
        volodymyr-zelensky\t泽林斯基|Zelenskyj   # a spelling my outlets use

        my-envoy\t某特使| Envoy X |某特使
        """, "aliases.tsv");
    assertThat(entities).extracting(Entity::id).containsExactly("volodymyr-zelensky", "my-envoy");
    assertThat(entities.get(0).all()).containsExactly("泽林斯基", "Zelenskyj");
    assertThat(entities.get(1).all()).containsExactly("某特使", "Envoy X");
    assertThat(entities.get(1).spellings()).containsOnlyKeys("alias");
  }

  @ParameterizedTest(name = "line {1} of {0} is refused: {2}")
  @CsvSource(delimiterString = " => ", value = {
      "ok\\tA|B\\nno tab here => 2 => aliases.tsv line 2: no tab between the id and the spellings; accepted: entity-id<TAB>spelling|spelling|... (# starts a comment)",
      "# c\\n\\nok\\tA\\tB => 3 => aliases.tsv line 3: more than one tab; accepted: entity-id<TAB>spelling|spelling|... (# starts a comment)",
      "Bad Id\\tA => 1 => aliases.tsv line 1: bad entity id 'Bad Id'; accepted: an id of lower-case letters, digits and - _ . : (starting with a letter or digit)",
      "ok\\tA||B => 1 => aliases.tsv line 1: an empty spelling in 'A||B'; accepted: spellings separated by |, none of them empty",
      "ok\\t | B => 1 => aliases.tsv line 1: an empty spelling in ' | B'; accepted: spellings separated by |, none of them empty",
  })
  void aBadLineIsRefusedWithItsNumber(String text, int line, String message) {
    String unescaped = text.replace("\\t", "\t").replace("\\n", "\n");
    assertThatThrownBy(() -> AliasFile.parse(unescaped, "aliases.tsv")).isInstanceOf(NamesFileException.class)
        .hasMessage(message).extracting(e -> ((NamesFileException) e).line()).isEqualTo(line);
  }

  @Test
  void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big5.tsv");
    Files.write(file, "zelensky\t澤倫斯基".getBytes(java.nio.charset.Charset.forName("Big5")));
    assertThatThrownBy(() -> AliasFile.read(file)).hasMessage(file + " line 1: the file is not UTF-8; accepted: a UTF-8 text file");
  }

  @Test
  void anAliasAddsSpellingsToAKnownEntityOrMakesANewOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aliases.tsv");
    Files.writeString(file, "volodymyr-zelensky\t泽林斯基\nmy-envoy\t某特使|Envoy X\n", StandardCharsets.UTF_8);
    NameVariants names = NameVariants.of(Gazetteer.shipped().withAliases(file));
    assertThat(names.exact("泽林斯基").orElseThrow().id()).isEqualTo("volodymyr-zelensky");
    assertThat(names.exact("Zelensky").orElseThrow().all()).contains("泽林斯基", "泽连斯基");
    assertThat(names.exact("envoy x").orElseThrow().all()).containsExactly("某特使", "Envoy X");
    assertThat(NameVariants.shipped().exact("泽林斯基")).isEmpty();
  }
}
