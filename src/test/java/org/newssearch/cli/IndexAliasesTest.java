package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --aliases FILE}: the user's names count in the entity facet from the next rebuild on. */
class IndexAliasesTest {

  private static final Path ARTICLES = Path.of("src/test/resources/names/articles.jsonl");

  @TempDir Path tmp;

  @Test
  void anAliasFileGivenToTheRebuildPutsItsSpellingsInTheEntityFacet() throws Exception {
    Path input = tmp.resolve("in.jsonl");
    Files.writeString(input, Files.readString(ARTICLES) + "{\"id\": \"n16\", \"title\": \"某特使抵达\", \"body\": \"某特使抵达。\", "
        + "\"date\": \"2025-03-16T10:00:00+03:00\", \"source\": \"新华社\", \"lang\": \"zh-Hans\"}\n", StandardCharsets.UTF_8);
    Path aliases = tmp.resolve("aliases.tsv");
    Files.writeString(aliases, "steve-witkoff\t某特使\n", StandardCharsets.UTF_8);
    String without = tmp.resolve("without").toString();
    String with = tmp.resolve("with").toString();
    assertThat(CommandLineTest.run("index", "--input", input.toString(), "--index", without).exit()).isZero();
    assertThat(CommandLineTest.run("index", "--input", input.toString(), "--index", with, "--aliases", aliases.toString())
        .exit()).isZero();
    // n01 n03 n05 n13 n14 n15 name Witkoff as the gazetteer spells him; n16 only as the alias file does.
    assertThat(CommandLineTest.run("search", "--index", without, "--entity", "steve-witkoff", "").out()).startsWith("6 articles");
    assertThat(CommandLineTest.run("search", "--index", with, "--entity", "steve-witkoff", "").out()).startsWith("7 articles");
  }

  @Test
  void aMissingAliasFileStopsTheRebuildBeforeItStarts() {
    CommandLineTest.Run run = CommandLineTest.run("index", "--input", ARTICLES.toString(), "--index",
        tmp.resolve("idx").toString(), "--aliases", tmp.resolve("none.tsv").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: no alias file at " + tmp.resolve("none.tsv")
        + ": name a UTF-8 file of lines entity-id<TAB>spelling|spelling\n");
    assertThat(tmp.resolve("idx")).doesNotExist();
  }
}
