package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

class GenerationsTest {

  @TempDir Path root;

  @Test
  void anEmptyDirectoryHasNoServingGeneration() throws Exception {
    assertThat(new Generations(root.resolve("none")).current()).isEmpty();
    assertThat(new Generations(root.resolve("none")).list()).isEmpty();
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
    generations.switchTo(second);
    assertThat(Files.readString(root.resolve("CURRENT")).strip()).isEqualTo("gen-000002");
    Generations.delete(first);
    assertThat(generations.next().getFileName()).hasToString("gen-000003");
  }

  @Test
  void aCurrentFileNamingAMissingGenerationMeansNoIndex() throws Exception {
    Files.writeString(root.resolve("CURRENT"), "gen-000009\n");
    assertThat(new Generations(root).current()).isEmpty();
  }

  @Test
  void aGenerationWithoutACommitIsIncompleteAndOneWithACommitSaysWhatItHolds() throws Exception {
    IndexBuilder builder = new IndexBuilder(root, 1);
    builder.rebuild(List.of(TestIndexes.SEEDS), (a, c, r) -> {});
    Generations generations = new Generations(root);
    Path crashed = generations.next();
    Files.writeString(crashed.resolve("_0.fdt"), "left by a build killed before its commit");

    List<Generation> list = generations.list();
    assertThat(list).extracting(Generation::name, Generation::serving, Generation::complete, Generation::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gen-000001", true, true, 5L),
            org.assertj.core.groups.Tuple.tuple("gen-000002", false, false, 0L));
    Generation built = list.get(0);
    assertThat(built.inputs()).isEqualTo(TestIndexes.SEEDS.toAbsolutePath().normalize().toString());
    assertThat(built.builtAt()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(built.schema()).isEqualTo(Schema.VERSION);
    assertThat(built.bytes()).isPositive();
  }

  @Test
  void pruningKeepsTheServingGenerationAndTheNewestCompleteOnesAndDeletesIncompleteOnes() throws Exception {
    IndexBuilder builder = new IndexBuilder(root, 1);
    for (int i = 0; i < 4; i++) {
      builder.rebuild(List.of(TestIndexes.SEEDS), new RebuildPolicy(0.5, false, 10), (a, c, r) -> {});
    }
    Generations generations = new Generations(root);
    generations.switchTo(root.resolve("gen-000001")); // as a rollback leaves it
    Path crashed = generations.next();

    assertThat(generations.prune(2, null)).containsExactly("gen-000002", crashed.getFileName().toString());
    assertThat(generations.list()).extracting(Generation::name).containsExactly("gen-000001", "gen-000003", "gen-000004");
  }

  @Test
  void findingAGenerationThatIsNotKeptNamesTheOnesThatAre() throws Exception {
    new IndexBuilder(root, 1).rebuild(List.of(TestIndexes.SEEDS), (a, c, r) -> {});
    assertThatThrownBy(() -> new Generations(root).find(7)).isInstanceOf(IOException.class)
        .hasMessage("there is no complete generation 7 in " + root + "; the complete ones are: 1");
  }
}
