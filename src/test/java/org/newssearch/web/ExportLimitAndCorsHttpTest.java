package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.TestIndexes;
import org.newssearch.search.SearchLimits;

/** The export cap sheds load with a 503, and CORS answers only for the origins named. */
class ExportLimitAndCorsHttpTest {

  @TempDir Path dir;

  @Test
  void anExportBeyondTheCapGetsA503WithRetryAfterAndTheNextOneAfterItPasses() throws Exception {
    Path input = dir.resolve("long.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 2_000; i++) {
        out.write("{\"id\":\"l" + i + "\",\"title\":\"停火会谈" + i + "\",\"body\":\"" + ("双方代表举行第" + i + "轮会谈，讨论交换战俘。").repeat(60)
            + "\",\"source\":\"s\"}\n");
      }
    }
    try (TestServer server = TestServer.start(TestIndexes.build(List.of(input)), SearchLimits.DEFAULT, new WebOptions(1, List.of()))) {
      // A client that asks for a large export and reads nothing holds the one export slot: the
      // server blocks writing once the connection's buffers are full.
      try (Socket slow = new Socket("127.0.0.1", server.server().port())) {
        slow.getOutputStream().write(("GET /api/export?format=jsonl&q=%E4%BC%9A%E8%B0%88 HTTP/1.1\r\nHost: x\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        InputStream in = slow.getInputStream();
        assertThat(in.read()).as("the export started").isPositive();
        HttpResponse<String> second = server.http().get("/api/export?format=csv&q=" + HttpClientForTests.enc("会谈"));
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).contains("10");
        assertThat(second.body()).contains("too many exports at once: 1 are running");
      }
      long deadline = System.nanoTime() + 20_000_000_000L;
      int status;
      do {
        Thread.sleep(100);
        status = server.http().get("/api/export?format=csv&q=" + HttpClientForTests.enc("第1轮")).statusCode();
      } while (status == 503 && System.nanoTime() < deadline);
      assertThat(status).as("once the slow client is gone").isEqualTo(200);
    }
  }

  @Test
  void corsIsOffByDefaultAndAnswersOnlyTheNamedOrigins() throws Exception {
    Path index = TestIndexes.seeds();
    try (TestServer plain = TestServer.start(index)) {
      HttpResponse<String> response = plain.http().get("/api/stats");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    try (TestServer cors = TestServer.start(index, SearchLimits.DEFAULT,
        new WebOptions(4, List.of("https://notebook.example.org")))) {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      for (String origin : List.of("https://notebook.example.org", "https://evil.example.com")) {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + cors.server().port() + "/api/stats"))
            .header("Origin", origin).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
            .isEqualTo(origin.contains("notebook") ? java.util.Optional.of(origin) : java.util.Optional.empty());
      }
    }
  }
}
