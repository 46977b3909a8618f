package org.newssearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small OpenSearch REST client over {@link HttpClient} and Jackson: JSON in, JSON out, the nodes
 * given tried in turn, so that one node down does not stop a search while another answers.
 */
public final class OpenSearchClient {

  /** What OpenSearch answered: its status and its JSON body (an empty object when it sent none). */
  public record Response(int status, JsonNode json) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final List<URI> nodes;
  private final HttpClient http;
  /** The node that answered last: asked first next time. */
  private volatile int preferred;

  public OpenSearchClient(List<URI> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch node given: pass --opensearch http://host:9200[,http://host2:9200]");
    }
    this.nodes = List.copyOf(nodes);
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  }

  /**
   * The nodes of {@code --opensearch http://host:9200[,http://host2:9200]}.
   *
   * @throws IllegalArgumentException naming the bad URL and the accepted form
   */
  public static List<URI> parseNodes(String list) {
    List<URI> nodes = new ArrayList<>();
    for (String part : list.split(",")) {
      String text = part.strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || (uri.getPath() != null && !uri.getPath().isEmpty())) {
          throw new URISyntaxException(text, "not a node address");
        }
        nodes.add(uri);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("bad --opensearch '" + text + "': accepted: http://host:port, several separated "
            + "by commas (http://node1:9200,http://node2:9200)");
      }
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("--opensearch names no node: accepted: http://host:port, several separated by commas");
    }
    return nodes;
  }

  /** The nodes, as the user gave them, comma-separated (for messages). */
  public String nodes() {
    return nodes.stream().map(URI::toString).collect(Collectors.joining(", "));
  }

  /** Sends {@code body} (JSON text, or null) and returns the answer of the first node that answers. */
  public Response send(String method, String path, String body) throws ClusterException {
    return send(method, path, body, "application/json");
  }

  /** {@link #send} of newline-delimited JSON ({@code _bulk}). */
  public Response sendLines(String path, String lines) throws ClusterException {
    return send("POST", path, lines, "application/x-ndjson");
  }

  /** {@link #send} that fails with OpenSearch's own reason unless the answer is a success. */
  public JsonNode ok(String method, String path, String body) throws ClusterException {
    Response response = send(method, path, body);
    if (!response.ok()) {
      throw new ClusterException("OpenSearch refused " + method + " " + path + " with HTTP " + response.status() + ": "
          + reason(response.json()));
    }
    return response.json();
  }

  /** The reason in an OpenSearch error answer ({@code error.root_cause[0].reason}, else {@code error.reason}). */
  public static String reason(JsonNode answer) {
    JsonNode error = answer.path("error");
    JsonNode root = error.path("root_cause").path(0).path("reason");
    if (root.isTextual()) {
      return root.asText();
    }
    return error.path("reason").isTextual() ? error.path("reason").asText() : error.toString();
  }

  private Response send(String method, String path, String body, String type) throws ClusterException {
    IOException last = null;
    int first = preferred;
    for (int i = 0; i < nodes.size(); i++) {
      int n = (first + i) % nodes.size();
      HttpRequest.Builder request = HttpRequest.newBuilder(nodes.get(n).resolve(path)).timeout(REQUEST_TIMEOUT)
          .header("Accept", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        request.header("Content-Type", type);
      }
      try {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = answer.body();
        Response response = new Response(answer.statusCode(), text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        if (response.status() >= 500 && i < nodes.size() - 1 && isRead(method, path)) {
          continue; // a node leaving the cluster fails what it is asked: a read may ask the next one
        }
        preferred = n;
        return response;
      } catch (IOException e) {
        last = e; // this node is down or did not answer: the next one may
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterException("interrupted while waiting for OpenSearch at " + nodes.get(n), e);
      }
    }
    throw new ClusterException("cannot reach OpenSearch at " + nodes() + " (" + describe(last)
        + "): start the cluster, or pass --opensearch with the URL of a running node", last);
  }

  /** Whether a request only reads, and may be sent again to another node. */
  static boolean isRead(String method, String path) {
    String endpoint = path.split("\\?")[0];
    return method.equals("GET") || method.equals("HEAD") || endpoint.endsWith("_search") || endpoint.endsWith("_count");
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    if (name.equals("ConnectException")) {
      return "connection refused";
    }
    if (name.contains("Timeout")) {
      return "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
    }
    return e.getMessage() == null ? name : e.getMessage();
  }
}
