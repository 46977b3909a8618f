package org.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.web.HttpClientForTests;

/** {@code serve} listens while its index opens and its dictionaries load: the first search waits, then answers. */
class ServeStartTest {

  @TempDir Path tmp;

  @Test
  void aSearchSentAsSoonAsTheServerListensGetsItsAnswerWithSnippetsAndFacets() throws Exception {
    try (ServeCommand.Started started = ServeCommand.start(TestIndexes.seeds(), "127.0.0.1", 0)) {
      HttpClientForTests http = new HttpClientForTests(started.server().port());
      JsonNode result = http.json("/api/search?q=" + HttpClientForTests.enc("泽连斯基"));
      assertThat(result.get("total").asInt()).isPositive();
      assertThat(result.get("hits").get(0).get("snippets").toString()).contains("<mark>");
      assertThat(result.get("facets").get("source")).isNotEmpty();
      assertThat(http.get("/health").statusCode()).isEqualTo(200);
      started.firstSearch().get(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void anIndexThatCannotBeOpenedFailsTheFirstSearchWithAnIOException() throws Exception {
    Path root = tmp.resolve("index");
    Files.createDirectories(root.resolve("gen-000001"));
    Files.writeString(root.resolve("CURRENT"), "gen-000001");
    try (ServeCommand.Started started = ServeCommand.start(root, "127.0.0.1", 0)) {
      try {
        started.firstSearch().get(60, TimeUnit.SECONDS);
        throw new AssertionError("the first search over an empty generation succeeded");
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(IOException.class);
      }
    }
  }
}
