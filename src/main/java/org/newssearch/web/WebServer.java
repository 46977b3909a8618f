package org.newssearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchService;
import org.newssearch.search.SearchTimeoutException;

/**
 * The Javalin app: the web form at {@code /} (with its article view, query help and stylesheet), the
 * JSON API under {@code /api}, and {@code /health}.
 */
public final class WebServer implements AutoCloseable {

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code search} on {@code host:port} (port 0 picks a free one). */
  public static WebServer start(SearchService search, String host, int port) {
    ApiHandlers api = new ApiHandlers(search);
    FormPage form = new FormPage(search);
    ArticlePage articlePage = new ArticlePage(search);
    StaticAssets assets = new StaticAssets();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.routes.get("/", form::render);
      config.routes.get("/articles/{id}", articlePage::render);
      config.routes.get("/help", assets::help);
      config.routes.get(StaticAssets.STYLESHEET, assets::stylesheet);
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/articles/{id}", api::article);
      config.routes.get("/api/export", api::export);
      config.routes.get("/api/stats", api::stats);
      config.routes.get("/api/timeline", api::timeline);
      config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e));
      config.routes.exception(SearchTimeoutException.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", e.getMessage(), "detail", e.detail()));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.getLogger(WebServer.class.getName()).log(System.Logger.Level.ERROR, "request failed: " + ctx.url(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error", "detail", String.valueOf(e)));
      });
      config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
        if (ctx.result() == null) {
          ctx.json(Map.of("error", "not found: " + ctx.path(), "detail",
              "endpoints: /, /api/search, /api/articles/{id}, /api/export, /api/timeline, /api/stats, /health"));
        }
      });
    });
    app.start();
    return new WebServer(app);
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  private static void badRequest(Context ctx, BadRequestException e) {
    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage(), "detail", e.detail()));
  }

  @Override
  public void close() {
    app.stop();
  }
}
