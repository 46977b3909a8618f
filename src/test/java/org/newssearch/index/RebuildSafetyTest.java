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

/** A rebuild never takes the serving articles away by mistake, and every switch can be undone. */
class RebuildSafetyTest {

  private static final Path FIXTURE = Path.of("src/test/resources/search/articles.jsonl");
  private static final IndexBuilder.Progress QUIET = (a, c, r) -> {};

  @TempDir Path tmp;

  private Path index() {
    return tmp.resolve("index");
  }

  private String serving() throws IOException {
    return new Generations(index()).currentName().orElseThrow();
  }

  @Test
  void aRebuildFromAMistypedPathDoesNotSwitchAndLeavesNoEmptyGeneration() throws Exception {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    builder.rebuild(List.of(FIXTURE), QUIET);
    BuildReport report = builder.rebuild(List.of(tmp.resolve("no-such-folder")), QUIET);

    assertThat(report.switched()).isFalse();
    assertThat(report.refusal()).isEqualTo("the input yielded no articles");
    assertThat(report.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("no such file or directory"));
    assertThat(serving()).isEqualTo("gen-000001");
    assertThat(new Generations(index()).list()).extracting(Generation::name).containsExactly("gen-000001");
    // a second mistake deletes nothing either
    builder.rebuild(List.of(Files.createDirectories(tmp.resolve("empty"))), QUIET);
    assertThat(new Generations(index()).list()).extracting(Generation::name, Generation::articles)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("gen-000001", 24L));
  }

  @Test
  void aRebuildWithUnderHalfTheServingArticlesIsKeptButNotSwitchedUntilForcedOrRolledTo() throws Exception {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    builder.rebuild(List.of(FIXTURE), QUIET);
    BuildReport smaller = builder.rebuild(List.of(TestIndexes.SEEDS), QUIET);

    assertThat(smaller.switched()).isFalse();
    assertThat(smaller.refusal()).isEqualTo("it holds 5 articles, under 50% of the 24 that gen-000001 serves");
    assertThat(smaller.previous()).isEqualTo("gen-000001");
    assertThat(serving()).isEqualTo("gen-000001");

    assertThat(builder.rollback(2).name()).isEqualTo("gen-000002");
    assertThat(serving()).isEqualTo("gen-000002");

    BuildReport forced = builder.rebuild(List.of(tmp.resolve("no-such-folder")), new RebuildPolicy(0.5, true, 3), QUIET);
    assertThat(forced.switched()).isTrue();
    assertThat(forced.indexed()).isZero();
    assertThat(serving()).isEqualTo("gen-000003");
  }

  @Test
  void aLowerMinimumFractionLetsASmallerRebuildSwitch() throws Exception {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    builder.rebuild(List.of(FIXTURE), QUIET);
    BuildReport report = builder.rebuild(List.of(TestIndexes.SEEDS), new RebuildPolicy(0.2, false, 3), QUIET);
    assertThat(report.switched()).isTrue();
    assertThat(serving()).isEqualTo("gen-000002");
  }

  @Test
  void onlyTheLastFewGenerationsStayAndRollbackGoesToTheNewestOlderOne() throws Exception {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    for (int i = 0; i < 5; i++) {
      builder.rebuild(List.of(TestIndexes.SEEDS), QUIET);
    }
    BuildReport last = builder.rebuild(List.of(FIXTURE), QUIET);
    assertThat(last.pruned()).containsExactly("gen-000003");
    assertThat(new Generations(index()).list()).extracting(Generation::name)
        .containsExactly("gen-000004", "gen-000005", "gen-000006");

    assertThat(builder.rollback(null).name()).isEqualTo("gen-000005");
    assertThat(builder.rollback(null).name()).isEqualTo("gen-000004");
    assertThatThrownBy(() -> builder.rollback(null)).isInstanceOf(IOException.class)
        .hasMessage("no complete generation older than the serving gen-000004 is kept in " + index()
            + "; see: newssearch generations");
    assertThatThrownBy(() -> builder.rollback(1)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("there is no complete generation 1 in ");
  }

  @Test
  void anAdditionAndADeletionSayWhatTheyChangedAndRecordItInTheCommit() throws Exception {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    builder.rebuild(List.of(TestIndexes.SEEDS), QUIET);
    BuildReport added = builder.add(List.of(FIXTURE), QUIET);
    assertThat(added.indexed()).isEqualTo(29);
    assertThat(added.added()).isEqualTo(24);
    assertThat(added.replaced()).isZero();
    BuildReport again = builder.add(List.of(FIXTURE), QUIET);
    assertThat(again.indexed()).isEqualTo(29);
    assertThat(again.replaced()).isEqualTo(24);

    DeleteReport deleted = builder.delete(List.of("a02", "no-such-id", "a02"));
    assertThat(deleted.deleted()).containsExactly("a02");
    assertThat(deleted.missing()).containsExactly("no-such-id");
    Generation now = new Generations(index()).list().get(0);
    assertThat(now.articles()).isEqualTo(28);
    assertThat(now.lastChange()).endsWith(": deleted 1 article(s) by id");
    assertThat(now.inputs()).isEqualTo(TestIndexes.SEEDS.toAbsolutePath().normalize().toString());
  }

  @Test
  void changingAnIndexThatDoesNotExistSaysHowToBuildOne() {
    IndexBuilder builder = new IndexBuilder(index(), 2);
    assertThatThrownBy(() -> builder.delete(List.of("x"))).isInstanceOf(IOException.class)
        .hasMessage("no index at " + index() + " to change; build one first with: newssearch index --index " + index());
    assertThatThrownBy(() -> builder.rollback(null)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("no index at ");
  }
}
