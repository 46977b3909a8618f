package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;

/** The command line as a user runs it: index the seeds, search them, report rejects. */
class CommandLineTest {

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void indexingTheSeedsReportsFiveArticlesAndNoRejectsThenSearchPrintsRankedHits() throws Exception {
    Path index = tmp.resolve("index");
    Run indexed = run("index", "--input", TestIndexes.SEEDS.toString(), "--index", index.toString());
    assertThat(indexed.exit()).isZero();
    assertThat(indexed.err()).contains("gen-000001: 5 articles indexed, 0 duplicates, 0 rejected");
    assertThat(Files.readString(index.resolve("build-report.json"))).contains("\"indexed\" : 5");

    Run found = run("search", "--index", index.toString(), "澤連斯基", "--source", "天天要闻");
    assertThat(found.exit()).isZero();
    assertThat(found.out()).startsWith("2 articles");
    assertThat(found.out()).contains(" 1. ").contains(" 2. ").contains("[泽连斯基]").doesNotContain(" 3. ");
  }

  @Test
  void aBadQueryOnTheCommandLineSaysWhatWasWrongAndExitsWithTwo() {
    Path index = TestIndexes.seeds();
    Run bad = run("search", "--index", index.toString(), "\"unclosed");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: cannot parse query");
  }

  @Test
  void everyInputThatCannotBeIndexedIsCountedOnTheTerminalAndListedWithItsReasonInTheRejectsFile() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(TestIndexes.SEEDS.resolve("003_643a62e685c401ee.txt"), input.resolve("good.txt"));
    Files.copy(TestIndexes.SEEDS.resolve("003_643a62e685c401ee.txt"), input.resolve("copy.txt"));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.writeString(input.resolve("lines.jsonl"), "not json\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Run indexed = run("index", "--input", input.toString(), "--index", index.toString());
    assertThat(indexed.exit()).isZero();
    assertThat(indexed.err()).contains("1 articles indexed, 1 duplicates, 2 rejected")
        .contains("not indexed: ").contains("1 × empty file").contains("1 × duplicate of an article indexed")
        .contains("every one is listed in " + index.resolve("rejects.jsonl"))
        .doesNotContain("rejected empty.txt");
    List<JsonNode> lines = Files.readAllLines(index.resolve("rejects.jsonl")).stream().map(CommandLineTest::json).toList();
    assertThat(lines).extracting(l -> l.get("file").asText())
        .containsExactlyInAnyOrder("empty.txt", "lines.jsonl", "good.txt");
    JsonNode duplicate = lines.stream().filter(l -> l.get("kind") != null && l.get("kind").asText().equals("duplicate"))
        .findFirst().orElseThrow();
    assertThat(duplicate.get("reason").asText()).contains("from copy.txt, which is indexed in its place");
    JsonNode report = json(Files.readString(index.resolve("build-report.json")));
    assertThat(report.get("rejects").asInt()).isEqualTo(2);
    assertThat(report.get("duplicates").asInt()).isEqualTo(1);
    assertThat(report.get("switched").asBoolean()).isTrue();
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
