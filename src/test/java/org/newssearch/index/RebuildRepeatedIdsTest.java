package org.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id that comes again replaces the article indexed under it before, whichever thread analyzed
 * which: the last one in input order is kept, once, in a rebuild as in an addition.
 */
class RebuildRepeatedIdsTest {

  @TempDir
  Path tmp;

  @Test
  void theLastArticleOfAnIdInInputOrderIsKeptOnce() throws IOException {
    // Files are read in name order.
    articles("a-first.jsonl", 0, 200, "早先");
    articles("b-second.jsonl", 100, 300, "后来");
    articles("c-third.jsonl", 150, 151, "最后");
    IndexBuilder builder = new IndexBuilder(tmp.resolve("index"), 2);
    BuildReport report = builder.rebuild(List.of(tmp.resolve("in")), (a, c, r) -> {});

    assertThat(report.indexed()).isEqualTo(300);
    Map<String, String> served = servedWords();
    assertThat(served).hasSize(300);
    assertThat(served).containsEntry("n-0", "早先").containsEntry("n-99", "早先").containsEntry("n-100", "后来")
        .containsEntry("n-150", "最后").containsEntry("n-199", "后来").containsEntry("n-299", "后来");

    articles("d-fourth.jsonl", 0, 2, "补充");
    articles("e-fifth.jsonl", 1, 3, "更正");
    builder.add(List.of(tmp.resolve("in").resolve("d-fourth.jsonl"), tmp.resolve("in").resolve("e-fifth.jsonl")),
        (a, c, r) -> {});
    served = servedWords();
    assertThat(served).hasSize(300);
    assertThat(served).containsEntry("n-0", "补充").containsEntry("n-1", "更正").containsEntry("n-2", "更正")
        .containsEntry("n-3", "早先");
  }

  private void articles(String name, int from, int to, String word) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, IntStream.range(from, to).mapToObj(i -> "{\"id\":\"n-" + i
        + "\",\"title\":\"第" + i + "条\",\"body\":\"" + word + "的第" + i + "篇报道。\",\"date\":\"2025-03-01\","
        + "\"source\":\"wire\",\"lang\":\"zh\"}").collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
  }

  /** Each served article's id and the word its body starts with; fails on an id served twice. */
  private Map<String, String> servedWords() throws IOException {
    Map<String, String> words = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(new Generations(tmp.resolve("index")).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document article = stored.document(leaf.docBase + doc);
            String earlier = words.put(article.get(Schema.ID), StoredText.read(article, Schema.BODY).substring(0, 2));
            assertThat(earlier).as("id %s served twice", article.get(Schema.ID)).isNull();
          }
        }
      }
    }
    return words;
  }
}
