package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeds re-encoded (GB18030, Big5 in Traditional script, CRLF, BOM) give the same articles. */
class EncodingVariantsTest {

  @TempDir Path dir;

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Ingested.seeds())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSeedInGb18030WithCrlfAndInUtf8WithBomGivesTheSameArticle(String seed) throws IOException {
    String text = Files.readString(Ingested.seeds().resolve(seed), StandardCharsets.UTF_8);
    Article original = only(write("orig", text.getBytes(StandardCharsets.UTF_8)));
    Article gb = only(write("gb", text.replace("\n", "\r\n").getBytes(TextDecoding.GB18030)));
    Article bom = only(write("bom", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
    assertSameArticle(gb, original);
    assertSameArticle(bom, original);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSeedConvertedToTraditionalAndEncodedInBig5GivesTheSameArticleAsItsUtf8Twin(String seed) throws IOException {
    String simplified = Files.readString(Ingested.seeds().resolve(seed), StandardCharsets.UTF_8);
    String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified);
    Charset big5 = Charset.forName("Big5");
    byte[] bytes = traditional.getBytes(big5);
    // what Big5 can hold: characters it lacks become '?' in both files alike
    String twin = new String(bytes, big5);
    Article fromBig5 = only(write("big5", bytes));
    Article fromUtf8 = only(write("utf8", twin.getBytes(StandardCharsets.UTF_8)));
    assertSameArticle(fromBig5, fromUtf8);
    assertThat(fromBig5.lang()).isEqualTo("zh-Hant");
    assertThat(fromBig5.source()).isNotBlank();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = Files.createDirectories(dir.resolve(name)).resolve("seed.txt");
    Files.write(file, bytes);
    return file;
  }

  private static Article only(Path file) {
    Ingested run = Ingested.of(file);
    assertThat(run.rejects).isEmpty();
    assertThat(run.articles).hasSize(1);
    return run.articles.get(0);
  }

  private static void assertSameArticle(Article actual, Article expected) {
    assertThat(List.of(actual.id(), actual.title(), actual.body(), String.valueOf(actual.published()),
            actual.source(), String.valueOf(actual.origin()), String.valueOf(actual.url()), actual.flags().toString()))
        .containsExactly(expected.id(), expected.title(), expected.body(), String.valueOf(expected.published()),
            expected.source(), String.valueOf(expected.origin()), String.valueOf(expected.url()), expected.flags().toString());
  }
}
