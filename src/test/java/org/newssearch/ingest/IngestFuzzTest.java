package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed files of every kind mixed with good articles, in one input folder: every good article
 * comes out, every bad file is reported with a reason, nothing crashes or hangs. {@code
 * -Dingest.fuzz.files=N} sets the number of bad files (default 1,000).
 */
class IngestFuzzTest {

  private static final int BAD = Integer.getInteger("ingest.fuzz.files", 1_000);
  private static final int GOOD = 300;
  private static final long SEED = Long.getLong("ingest.fuzz.seed", System.nanoTime());

  @TempDir Path dir;

  @Test
  void everyGoodArticleIsIndexedAndEveryBadFileReported() throws Exception {
    Random random = new Random(SEED);
    Path in = Files.createDirectories(dir.resolve("in"));
    Set<String> goodIds = new HashSet<>();
    for (int i = 0; i < GOOD; i++) {
      String id = "good-" + i;
      goodIds.add(id);
      Files.writeString(in.resolve(String.format("g%04d.jsonl", i)), "{\"id\":\"" + id + "\",\"title\":\"第" + i
          + "轮停火会谈\",\"body\":\"双方代表举行第" + i + "轮会谈，讨论交换战俘。\",\"source\":\"观察网\"}\n", StandardCharsets.UTF_8);
    }
    List<String> kinds = List.of("zero", "binary", "truncated-gzip", "gzip-of-binary", "wrong-type", "bad-json", "gb18030-jsonl",
        "nested-html", "no-article-html", "control-chars", "array-line");
    for (int i = 0; i < BAD; i++) {
      // Two lines past the 8 Mi-character limit are enough: each is 8 MB on disk.
      String kind = i < 2 ? "huge-line" : kinds.get(i % kinds.size());
      write(in.resolve(String.format("b%04d-%s%s", i, kind, extension(kind))), kind, random);
    }

    Ingested run = Ingested.of(in);

    assertThat(run.articles.stream().map(Article::id).collect(Collectors.toSet())).as("seed " + SEED).containsAll(goodIds);
    Set<String> reported = run.rejects.stream().map(r -> r.file().replaceFirst(":\\d+$", "")).collect(Collectors.toSet());
    Set<String> unreported = new HashSet<>();
    try (var files = Files.list(in)) {
      files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("b")).filter(name -> !reported.contains(name))
          .forEach(unreported::add);
    }
    assertThat(unreported).as("bad files without a report, seed " + SEED).isEmpty();
    assertThat(run.rejects).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    System.out.printf("ingest fuzz, seed %d: %d good articles all indexed, %d bad files all reported (%d reports)%n",
        SEED, GOOD, BAD, run.rejects.size());
  }

  private static String extension(String kind) {
    return switch (kind) {
      case "truncated-gzip", "gzip-of-binary" -> ".jsonl.gz";
      case "nested-html", "no-article-html" -> ".html";
      case "binary", "zero", "control-chars" -> ".txt";
      default -> ".jsonl";
    };
  }

  private static void write(Path file, String kind, Random random) throws IOException {
    switch (kind) {
      case "zero" -> Files.write(file, new byte[0]);
      case "binary" -> Files.write(file, bytes(random, 200 + random.nextInt(4000)));
      case "truncated-gzip" -> {
        byte[] gz = gzip(("{\"title\":\"停火\",\"body\":\"" + "会谈".repeat(2000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, java.util.Arrays.copyOf(gz, 10 + random.nextInt(gz.length / 2)));
      }
      case "gzip-of-binary" -> Files.write(file, gzip(bytes(random, 3000)));
      case "wrong-type" -> Files.writeString(file, "{\"body\": " + pick(random, "123", "[1,2]", "{\"a\":1}", "true") + "}\n");
      case "bad-json" -> Files.writeString(file, "{\"title\": \"停火\", \"body\": \"会谈" + pick(random, "", "}", "\\", "\\u12") + "\n");
      case "gb18030-jsonl" -> Files.write(file, "{\"title\":\"停火\",\"body\":\"会谈\"".getBytes(Charset.forName("GB18030")));
      case "nested-html" -> Files.writeString(file, "<div>".repeat(5_000 + random.nextInt(5_000)) + "停火" + "</div>".repeat(10));
      case "no-article-html" -> Files.writeString(file, "<html><body><a href='/'>首页</a> <a href='/x'>新闻</a></body></html>");
      case "huge-line" -> {
        try (OutputStream out = Files.newOutputStream(file)) {
          out.write("{\"title\":\"停火\",\"body\":\"".getBytes(StandardCharsets.UTF_8));
          out.write("x".repeat(JsonlReader.MAX_LINE_CHARS + 10).getBytes(StandardCharsets.UTF_8));
          out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      case "control-chars" -> Files.write(file, bytes(random, 500, 0, 31));
      case "array-line" -> Files.writeString(file, "[\"停火\", \"会谈\"]\n");
      default -> throw new IllegalArgumentException(kind);
    }
  }

  private static byte[] bytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] bytes(Random random, int n, int low, int high) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) (low + random.nextInt(high - low + 1));
    }
    return bytes;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }
}
