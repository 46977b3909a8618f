package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newssearch.TestIndexes;

/**
 * Generated requests over every searching endpoint and parameter, against the real server: random
 * Unicode, unbalanced syntax, deep nesting, huge inputs, wildcards, bad dates and numbers. Never a 5xx,
 * every /api error is JSON with error and detail, and none takes longer than the search budget allows.
 * {@code -Dfuzz.requests=100000} for the long run (docs/reliability.md), {@code -Dfuzz.seed=N} to replay.
 */
class QueryFuzzHttpTest {

  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3_000);
  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final Path FIXTURE = Path.of("src/test/resources/search/articles.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ENDPOINTS = {"/api/search", "/api/search", "/api/search", "/api/timeline", "/api/export", "/"};
  private static final String[] PARAMS = {"q", "q", "q", "q", "source", "lang", "from", "to", "sort", "size", "page", "cursor",
      "interval", "format", "query", "q"};
  private static final String[] PIECES = {"\"", "(", ")", "（", "）", "“", "”", "「", "」", " AND ", " OR ", " NOT ", " -", "+", "*",
      "?", "~", "~5", "^2", ":", "：", "title:", "body:", "source:", "lang:", "flag:", "[a TO b]", "{a TO z}", "/re/", "\\",
      "&&", "||", "!", "乌克兰", "泽连斯基", "澤倫斯基", "普京", "停火", "的", "Zelensky", "talks", "Путин", "Зеленський", " ",
      "\u3000", "\t", "\n", "ＯＲ", "ａｎｄ", "😀", "\uD800", "\u0000", "\u202E", "a*", "乌*", "*a", "%", "&", "=", "#"};

  @Test
  void generatedRequestsNeverGetA5xxAndEveryApiErrorIsJson() throws Exception {
    Random random = new Random(SEED);
    TreeMap<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long worstNanos = 0;
    String worst = "";
    long[] nanos = new long[REQUESTS];
    try (TestServer server = TestServer.start(TestIndexes.build(List.of(FIXTURE)))) {
      for (int i = 0; i < REQUESTS; i++) {
        String url = request(random);
        long start = System.nanoTime();
        HttpResponse<String> response = server.http().get(url);
        nanos[i] = System.nanoTime() - start;
        if (nanos[i] > worstNanos) {
          worstNanos = nanos[i];
          worst = url;
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String problem = problem(url, response);
        if (problem != null && failures.size() < 20) {
          failures.add(problem);
        }
      }
    }
    java.util.Arrays.sort(nanos);
    System.out.printf("query fuzz, seed %d: %d requests, statuses %s, p50 %.1f ms, p99 %.1f ms, worst %.0f ms (%s)%n",
        SEED, REQUESTS, statuses, nanos[REQUESTS / 2] / 1e6, nanos[REQUESTS * 99 / 100] / 1e6, worstNanos / 1e6,
        worst.length() > 120 ? worst.substring(0, 120) + "…" : worst);
    assertThat(failures).as("seed " + SEED).isEmpty();
    assertThat(worstNanos / 1_000_000).as("slowest request, ms (seed " + SEED + ")").isLessThan(10_000);
  }

  /** What is wrong with the answer to {@code url}, or null. */
  private static String problem(String url, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 500 && status != 503) {
      return status + " for " + url + ": " + response.body();
    }
    if (url.startsWith("/api/") && status >= 400) {
      try {
        JsonNode body = JSON.readTree(response.body());
        if (!body.hasNonNull("error") || !body.hasNonNull("detail")) {
          return status + " without error and detail for " + url + ": " + response.body();
        }
      } catch (java.io.IOException e) {
        return status + " not JSON for " + url + ": " + response.body();
      }
    }
    return null;
  }

  private static String request(Random random) {
    StringBuilder url = new StringBuilder(ENDPOINTS[random.nextInt(ENDPOINTS.length)]);
    int params = random.nextInt(5);
    for (int p = 0; p < params; p++) {
      String name = PARAMS[random.nextInt(PARAMS.length)];
      String value = switch (name) {
        case "q", "query" -> query(random);
        case "from", "to" -> pick(random, "2025-02-18", "2025-13-01", "+999999999-12-31", "-0001-01-01", "0000-00-00",
            "2025-2-1", "", "9999-12-31", "0001-01-01", query(random));
        case "size", "page" -> pick(random, "0", "1", "10", "100", "101", "-1", "99999999999", "1e3", "", "abc");
        case "sort" -> pick(random, "relevance", "date", "date_asc", "DATE", "popular", "");
        case "interval" -> pick(random, "day", "week", "month", "year", "hour", "");
        case "format" -> pick(random, "csv", "jsonl", "xml", "");
        default -> query(random);
      };
      url.append(p == 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  private static String query(Random random) {
    StringBuilder q = new StringBuilder();
    int kind = random.nextInt(10);
    if (kind == 0) {
      q.append("(".repeat(random.nextInt(40))).append("a").append(")".repeat(random.nextInt(40)));
    } else if (kind == 1) {
      for (int i = random.nextInt(3_000); i > 0; i--) {
        q.appendCodePoint(random.nextInt(0x3000) + 0x20);
      }
    } else {
      for (int i = random.nextInt(12); i >= 0; i--) {
        q.append(random.nextInt(4) == 0 ? Character.toString(random.nextInt(0x2FFFF) + 1) : PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return q.toString();
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }
}
