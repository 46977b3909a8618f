package org.newssearch.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free port that answers as an OpenSearch node does, with answers recorded
 * from OpenSearch 3.8 ({@code "GET /_nodes/plugins"} to status and JSON): a cluster that is up but
 * misconfigured, for the error paths. Any other request gets OpenSearch's 404 answer. The requests
 * it received are kept in order ({@code "POST /_aliases {...}"}).
 */
final class RecordedCluster implements AutoCloseable {

  /** One recorded answer. */
  record Answer(int status, String json) {}

  private final HttpServer server;
  final List<String> received = new CopyOnWriteArrayList<>();

  RecordedCluster(Map<String, Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body.isEmpty() ? request : request + " " + body);
      Answer answer = answers.getOrDefault(request, new Answer(404,
          "{\"error\":{\"root_cause\":[{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"}],"
              + "\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"},\"status\":404}"));
      byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The address of a port where nothing listens: a node that is down. */
  static URI down() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  /** {@code GET _nodes/plugins} of a 2-node cluster whose nodes have these plugins ({@code name:version}, or none). */
  static Answer nodesWithPlugins(String first, String second) {
    return new Answer(200, "{\"_nodes\":{\"total\":2,\"successful\":2,\"failed\":0},\"cluster_name\":\"news\",\"nodes\":{"
        + node("kq3cJ9XnTRm2-Vx2Vw0bzA", "node-1", first) + "," + node("p0hXv6sWQ0-AaO5pE3PfLw", "node-2", second) + "}}");
  }

  private static String node(String id, String name, String plugin) {
    String plugins = plugin == null ? "" : "{\"name\":\"" + plugin.split(":")[0] + "\",\"version\":\"" + plugin.split(":")[1]
        + "\",\"opensearch_version\":\"3.8.0\",\"java_version\":\"21\",\"description\":\"newssearch analysis and query\","
        + "\"classname\":\"org.newssearch.opensearch.NewssearchPlugin\",\"custom_foldername\":\"\","
        + "\"extended_plugins\":[],\"has_native_controller\":false}";
    return "\"" + id + "\":{\"name\":\"" + name + "\",\"transport_address\":\"127.0.0.1:9300\",\"host\":\"127.0.0.1\","
        + "\"ip\":\"127.0.0.1\",\"version\":\"3.8.0\",\"build_type\":\"tar\",\"roles\":[\"data\",\"ingest\","
        + "\"cluster_manager\"],\"plugins\":[" + plugins + "],\"modules\":[]}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
