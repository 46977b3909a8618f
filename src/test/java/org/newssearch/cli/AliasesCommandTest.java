package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

/** {@code search --aliases FILE} and {@code --variants}: a user's names searched, a bad file refused with its line. */
class AliasesCommandTest {

  @TempDir Path tmp;

  @Test
  void anAliasFileAddsASpellingThatFindsTheEntitysArticles() throws Exception {
    Path aliases = tmp.resolve("aliases.tsv");
    Files.writeString(aliases, "# mine\nvolodymyr-zelensky\t泽林斯基\n", StandardCharsets.UTF_8);
    String index = TestIndexes.seeds().toString();
    CommandLineTest.Run without = CommandLineTest.run("search", "--index", index, "泽林斯基");
    assertThat(without.exit()).isZero();
    assertThat(without.out()).startsWith("0 articles");
    CommandLineTest.Run with = CommandLineTest.run("search", "--index", index, "--aliases", aliases.toString(), "泽林斯基");
    assertThat(with.exit()).isZero();
    assertThat(with.out()).startsWith("5 articles").contains("also searched for 泽林斯基: ").contains("泽连斯基");
  }

  @Test
  void variantsOffSearchesOnlyTheSpellingAsWritten() {
    String index = TestIndexes.seeds().toString();
    assertThat(CommandLineTest.run("search", "--index", index, "泽连斯基").out()).startsWith("5 articles");
    assertThat(CommandLineTest.run("search", "--index", index, "--variants", "off", "泽连斯基").out())
        .startsWith("4 articles").doesNotContain("also searched");
  }

  @Test
  void aBadAliasLineStopsTheCommandWithTheFileAndLineNumber() throws Exception {
    Path aliases = tmp.resolve("aliases.tsv");
    Files.writeString(aliases, "volodymyr-zelensky\t泽林斯基\nmy envoy 某特使\n", StandardCharsets.UTF_8);
    for (String command : new String[] {"search", "serve"}) {
      CommandLineTest.Run run = command.equals("search")
          ? CommandLineTest.run("search", "--index", TestIndexes.seeds().toString(), "--aliases", aliases.toString(), "x")
          : CommandLineTest.run("serve", "--index", TestIndexes.seeds().toString(), "--port", "0", "--aliases", aliases.toString());
      assertThat(run.exit()).as(command).isEqualTo(1);
      assertThat(run.err()).as(command).isEqualTo("error: " + aliases + " line 2: no tab between the id and the spellings; "
          + "accepted: entity-id<TAB>spelling|spelling|... (# starts a comment)\n");
    }
  }
}
