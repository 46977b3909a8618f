package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build writes its segments with {@link NewsCodec}, and reads back every article's text exactly across chunks. */
class NewsCodecTest {

  @TempDir
  Path tmp;

  @Test
  void aBuildWritesNewsCodecSegmentsAndReadsEveryTextBackAcrossChunks() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    Map<String, String> bodies = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      // 300 articles of 100-700 characters: several DEFLATE chunks of NewsCodec.CHUNK_BYTES.
      String body = ("第" + i + "篇：泽连斯基访问基辅，澤倫斯基訪問基輔。Zelensky visited Kyiv. ").repeat(3 + i % 20);
      bodies.put("a" + i, body.strip()); // ingest trims the text
      lines.append(json.writeValueAsString(Map.of("id", "a" + i, "title", "标题" + i, "body", body, "lang", "zh",
          "source", "s.example", "date", "2024-01-01"))).append('\n');
    }
    Path input = tmp.resolve("in.jsonl");
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    new IndexBuilder(index, 2).rebuild(List.of(input), (a, c, r) -> {});

    try (FSDirectory dir = FSDirectory.open(new Generations(index).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
        assertThat(segment.info.getCodec().getName()).isEqualTo(NewsCodec.NAME);
      }
      assertThat(bodies.values().stream().mapToInt(String::length).sum() * 2).isGreaterThan(NewsCodec.CHUNK_BYTES * 4);
      StoredFields stored = reader.storedFields();
      Map<String, String> read = new HashMap<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        var document = stored.document(doc);
        read.put(document.get(Schema.ID), StoredText.read(document, Schema.BODY));
        assertThat(StoredText.read(document, Schema.TITLE)).isEqualTo("标题" + document.get(Schema.ID).substring(1));
      }
      assertThat(read).isEqualTo(bodies);
    }
  }
}
