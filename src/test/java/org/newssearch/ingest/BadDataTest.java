package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ingestion rejects what is wrong with its reason, and keeps what is right. */
class BadDataTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"body\": 123}                      | \"body\" is a number (123); accepted: a string",
      "{\"title\": \"t\", \"body\": [\"a\"]} | \"body\" is an array; accepted: a string",
      "{\"title\": \" \", \"body\": \"\"}    | no \"title\" and no \"body\": each line needs a non-empty string in one of them",
      "{\"id\": \"x\"}                       | no \"title\" and no \"body\": each line needs a non-empty string in one of them",
  })
  void aLineWithoutUsableTextIsRejectedWithTheReason(String line, String reason) throws Exception {
    Ingested run = ingest(line.strip());
    assertThat(run.articles).isEmpty();
    assertThat(run.rejects).extracting(Reject::file, Reject::reason, Reject::kept)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("in.jsonl:1", reason.strip(), false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"date\": \"9999999-01-01\"} | date 9999-01-01T00:00:00 is outside the years 1900 to ",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"date\": \"not a date\"} | date 'not a date' is in no form this reader knows",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"date\": -99999999999999999} | date -3166904-02-24T14:13:20+00:00 is outside the years 1900 to ",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"date\": \"1850-01-01\"} | date 1850-01-01T00:00:00 is outside the years 1900 to ",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"date\": {\"y\": 2025}} | \"date\" is an object; accepted: a string. The article is kept without it",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"url\": 7}               | \"url\" is a number (7); accepted: a string. The article is kept without it",
      "{\"title\": \"停火\", \"body\": \"会谈。\", \"source\": true}          | \"source\" is a boolean (true); accepted: a string. The article is kept without it",
  })
  void aBadFieldIsReportedAndTheArticleKeptWithoutIt(String line, String reason) throws Exception {
    Ingested run = ingest(line.strip());
    assertThat(run.articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("停火");
      assertThat(a.published()).isNull();
      assertThat(a.url()).isNull();
      assertThat(a.source()).isEqualTo("unknown");
    });
    assertThat(run.rejects).singleElement().satisfies(r -> {
      assertThat(r.kept()).isTrue();
      assertThat(r.file()).isEqualTo("in.jsonl:1");
      assertThat(r.reason()).startsWith(reason.strip());
    });
  }

  @Test
  void aTitleOnlyArticleIsIndexedAndANumericIdIsItsDigits() throws Exception {
    Ingested run = ingest("{\"id\": 42, \"title\": \"央视快讯：停火协议生效\", \"date\": \"2025-02-18\"}");
    assertThat(run.rejects).isEmpty();
    assertThat(run.articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("42");
      assertThat(a.title()).isEqualTo("央视快讯：停火协议生效");
      assertThat(a.body()).isEmpty();
    });
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAndTheArticleKept() throws Exception {
    Path file = dir.resolve("in.jsonl");
    byte[] start = "{\"title\": \"停火\", \"body\": \"会谈".getBytes(StandardCharsets.UTF_8);
    byte[] end = "。\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[start.length + 2 + end.length];
    System.arraycopy(start, 0, all, 0, start.length);
    all[start.length] = (byte) 0xC3;
    all[start.length + 1] = (byte) 0x28; // an invalid continuation byte
    System.arraycopy(end, 0, all, start.length + 2, end.length);
    Files.write(file, all);
    Ingested run = Ingested.of(file);
    assertThat(run.articles).hasSize(1);
    assertThat(run.rejects).extracting(Reject::reason, Reject::kept).containsExactly(org.assertj.core.groups.Tuple.tuple(
        "bytes that are not UTF-8: they are kept as \uFFFD; re-export the file as UTF-8", true));
  }

  @Test
  void linksOutOfTheInputTreeDanglingLinksAndFifosAreReportedAndNeverRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.jsonl"), "{\"title\": \"停火\", \"body\": \"会谈。\"}\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(in.resolve("inside.jsonl"), in.resolve("good.jsonl"));
    Files.createSymbolicLink(in.resolve("passwd"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(in.resolve("dangling.jsonl"), in.resolve("missing.jsonl"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.jsonl").toString()).start();
    boolean fifo = mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;

    Ingested run = Ingested.of(in);
    assertThat(run.articles).extracting(Article::file).containsExactly("good.jsonl:1");
    assertThat(run.duplicates).extracting(Article::file).containsExactly("inside.jsonl:1");
    assertThat(run.rejects).extracting(Reject::file, Reject::reason).contains(
        org.assertj.core.groups.Tuple.tuple("dangling.jsonl", "a symbolic link to nothing (its target does not exist): skipped"),
        org.assertj.core.groups.Tuple.tuple("passwd", "a symbolic link to /etc/passwd, outside the input folder: not followed"));
    if (fifo) {
      assertThat(run.rejects).extracting(Reject::file, Reject::reason).contains(
          org.assertj.core.groups.Tuple.tuple("pipe.jsonl", "not a regular file (a FIFO, socket or device): skipped"));
    }
  }

  private Ingested ingest(String line) throws Exception {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    return Ingested.of(file);
  }
}
