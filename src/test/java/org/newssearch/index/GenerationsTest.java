package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationsTest {

  @TempDir Path root;

  @Test
  void anEmptyDirectoryHasNoServingGeneration() throws Exception {
    assertThat(new Generations(root.resolve("none")).current()).isEmpty();
  }

  @Test
  void generationsAreNumberedPastEveryExistingOneAndSwitchedByTheCurrentFile() throws Exception {
    Generations generations = new Generations(root);
    Path first = generations.next();
    Path second = generations.next();
    assertThat(first.getFileName()).hasToString("gen-000001");
    assertThat(second.getFileName()).hasToString("gen-000002");
    generations.switchTo(first);
    assertThat(generations.current()).contains(first);
    assertThat(generations.stale()).containsExactly(second);
    generations.switchTo(second);
    assertThat(Files.readString(root.resolve("CURRENT")).strip()).isEqualTo("gen-000002");
    assertThat(generations.stale()).containsExactly(first);
    Generations.delete(first);
    assertThat(generations.next().getFileName()).hasToString("gen-000003");
  }

  @Test
  void aCurrentFileNamingAMissingGenerationMeansNoIndex() throws Exception {
    Files.writeString(root.resolve("CURRENT"), "gen-000009\n");
    assertThat(new Generations(root).current()).isEmpty();
  }
}
