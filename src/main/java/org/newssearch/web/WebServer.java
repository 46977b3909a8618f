package org.newssearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newssearch.cluster.ClusterException;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchBackend;
import org.newssearch.search.SearchTimeoutException;

/**
 * The Javalin app: the web form at {@code /} (with its article view, query help and stylesheet), the
 * JSON API under {@code /api}, and {@code /health}.
 */
public final class WebServer implements AutoCloseable {

  /**
   * The request line and headers may take this much: a query of 2,000 Chinese characters is about
   * 18 KB percent-encoded, beyond Jetty's default of 8 KB.
   */
  static final int MAX_URL_BYTES = 32 * 1024;

  /** One route the server answers: an HTTP method and a path pattern such as {@code /api/articles/{id}}. */
  public record Route(String method, String path) {}

  private final Javalin app;
  private final List<Route> routes;

  private WebServer(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = List.copyOf(routes);
  }

  /** Starts serving {@code search} on {@code host:port} (port 0 picks a free one). */
  public static WebServer start(SearchBackend search, String host, int port) {
    return start(search, host, port, WebOptions.DEFAULT);
  }

  /** Starts serving {@code search} with {@code options}. */
  public static WebServer start(SearchBackend search, String host, int port, WebOptions options) {
    ApiHandlers api = new ApiHandlers(search, options.maxConcurrentExports());
    FormPage form = new FormPage(search);
    ArticlePage articlePage = new ArticlePage(search);
    StaticAssets assets = new StaticAssets();
    List<Route> registered = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_URL_BYTES);
        // An export's Newssearch-Export header repeats its request, escaped: up to 6 bytes a character.
        http.setResponseHeaderSize(8 * MAX_URL_BYTES);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(MAX_URL_BYTES)));
      if (!options.corsOrigins().isEmpty()) {
        // Off unless origins are named: the API then answers OPTIONS preflights and cross-origin GETs from them only.
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          String first = options.corsOrigins().get(0);
          rule.allowHost(first, options.corsOrigins().subList(1, options.corsOrigins().size()).toArray(String[]::new));
        }));
      }
      // HEAD answers wherever GET does: the same handler, and Jetty sends the headers without the body.
      Map<String, Handler> routes = new LinkedHashMap<>();
      routes.put("/", form::render);
      routes.put("/articles/{id}", articlePage::render);
      routes.put("/help", assets::help);
      routes.put(StaticAssets.STYLESHEET, assets::stylesheet);
      routes.put("/health", ctx -> ctx.json(Map.of("status", "ok")));
      routes.put("/api/search", api::search);
      routes.put("/api/articles/{id}", api::article);
      routes.put("/api/export", api::export);
      routes.put("/api/stats", api::stats);
      routes.put("/api/timeline", api::timeline);
      routes.put(OpenApiDocument.JSON_PATH, api::openApi);
      routes.put(OpenApiDocument.DOCS_PATH, api::docs);
      routes.forEach((path, handler) -> {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
        registered.add(new Route("GET", path));
        registered.add(new Route("HEAD", path));
      });
      config.routes.post("/api/search", api::searchByBody);
      registered.add(new Route("POST", "/api/search"));
      config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
      config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e));
      config.routes.exception(SearchTimeoutException.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", e.getMessage(), "detail", e.detail()));
      });
      config.routes.exception(ClusterException.class, (e, ctx) -> {
        // The OpenSearch backend's cluster did not answer: the user can retry, the operator can act on the sentence.
        ctx.header("Retry-After", "5");
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "the search cluster did not answer",
            "detail", e.getMessage()));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        // The exception's text stays in the log: it can name files and classes, and tells the user nothing.
        String id = Long.toString(System.nanoTime() & 0xFFFFFFFFL, 36);
        System.getLogger(WebServer.class.getName()).log(System.Logger.Level.ERROR,
            "request " + id + " failed: " + ctx.url(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error",
            "detail", "the server could not answer this request; its log names it as request " + id));
      });
      config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
        // A route's own 404 (no such article) has its JSON or page; Javalin's for an unknown path is plain text.
        String type = ctx.res().getContentType();
        if (ctx.result() == null || type == null || type.startsWith("text/plain")) {
          notFound(ctx);
        }
      });
    });
    app.start();
    return new WebServer(app, registered);
  }

  /** Every route registered, in order: what the API description is checked against. */
  public List<Route> routes() {
    return routes;
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** {@code /api/*} answers JSON; any other path, a page with a way home. */
  private static void notFound(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", "not found: " + ctx.path(), "detail",
          "endpoints: /api/search, /api/articles/{id}, /api/export, /api/timeline, /api/stats, /health; "
          + "all described at " + OpenApiDocument.DOCS_PATH + " and " + OpenApiDocument.JSON_PATH));
      return;
    }
    Message message = Message.error("There is no page at " + ctx.path(), "Search from the home page.");
    Layout.send(ctx, HttpStatus.NOT_FOUND.getCode(), Layout.render("notfound.jte", message));
  }

  private static void badRequest(Context ctx, BadRequestException e) {
    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage(), "detail", e.detail()));
  }

  @Override
  public void close() {
    app.stop();
  }
}
