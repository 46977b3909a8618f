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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
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
    try (FSDirectory dir = FSDirectory.open(new Generations(tmp.resolve("index")).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(300);
      assertThat(bodyOf(reader, "n-0")).startsWith("早先");
      assertThat(bodyOf(reader, "n-99")).startsWith("早先");
      assertThat(bodyOf(reader, "n-100")).startsWith("后来");
      assertThat(bodyOf(reader, "n-150")).startsWith("最后");
      assertThat(bodyOf(reader, "n-199")).startsWith("后来");
      assertThat(bodyOf(reader, "n-299")).startsWith("后来");
    }

    articles("d-fourth.jsonl", 0, 2, "补充");
    articles("e-fifth.jsonl", 1, 3, "更正");
    builder.add(List.of(tmp.resolve("in").resolve("d-fourth.jsonl"), tmp.resolve("in").resolve("e-fifth.jsonl")),
        (a, c, r) -> {});
    try (FSDirectory dir = FSDirectory.open(new Generations(tmp.resolve("index")).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(300);
      assertThat(bodyOf(reader, "n-0")).startsWith("补充");
      assertThat(bodyOf(reader, "n-1")).startsWith("更正");
      assertThat(bodyOf(reader, "n-2")).startsWith("更正");
      assertThat(bodyOf(reader, "n-3")).startsWith("早先");
    }
  }

  private void articles(String name, int from, int to, String word) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, IntStream.range(from, to).mapToObj(i -> "{\"id\":\"n-" + i
        + "\",\"title\":\"第" + i + "条\",\"body\":\"" + word + "的第" + i + "篇报道。\",\"date\":\"2025-03-01\","
        + "\"source\":\"wire\",\"lang\":\"zh\"}").collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
  }

  private static String bodyOf(DirectoryReader reader, String id) throws IOException {
    TopDocs found = new IndexSearcher(reader).search(new TermQuery(new Term(Schema.ID, id)), 2);
    assertThat(found.totalHits.value()).as(id).isEqualTo(1);
    StoredFields stored = reader.storedFields();
    return stored.document(found.scoreDocs[0].doc).get(Schema.BODY);
  }
}
