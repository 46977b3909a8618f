package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt generation is one segment (searched often, written once); additions add their own. */
class RebuildSegmentsTest {

  @TempDir
  Path tmp;

  @Test
  void aRebuildIsOneSegmentAndAnAdditionAddsOne() throws IOException {
    IndexBuilder builder = new IndexBuilder(tmp.resolve("index"), 2);
    builder.rebuild(List.of(articles("first", 400)), (a, c, r) -> {});
    assertThat(segments()).isEqualTo(1);
    assertThat(documents()).isEqualTo(400);

    builder.add(List.of(articles("second", 10)), (a, c, r) -> {});
    assertThat(segments()).isGreaterThan(1);
    assertThat(documents()).isEqualTo(410);
  }

  private Path articles(String name, int n) throws IOException {
    Path file = tmp.resolve(name + ".jsonl");
    Files.writeString(file, IntStream.range(0, n).mapToObj(i -> "{\"id\":\"" + name + "-" + i
        + "\",\"title\":\"第" + i + "条新闻\",\"body\":\"这是" + name + "的第" + i + "篇报道，内容各不相同：" + i * 7919
        + "。\",\"date\":\"2025-03-01\",\"source\":\"wire\",\"lang\":\"zh\"}").collect(Collectors.joining("\n")),
        StandardCharsets.UTF_8);
    return file;
  }

  private int segments() throws IOException {
    try (FSDirectory dir = FSDirectory.open(new Generations(tmp.resolve("index")).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  private int documents() throws IOException {
    try (FSDirectory dir = FSDirectory.open(new Generations(tmp.resolve("index")).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }
}
