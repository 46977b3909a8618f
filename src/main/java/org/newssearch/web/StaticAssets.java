package org.newssearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files the pages use, served from the jar ({@code src/main/resources/web/}), and the query syntax page:
 * nothing comes from elsewhere.
 */
final class StaticAssets {

  /** The stylesheet's URL ({@code layout.jte} links it); its name carries no version, so caching is short. */
  static final String STYLESHEET = "/static/style.css";

  private final String stylesheet = read("web/static/style.css");
  private final String help = Layout.render("help.jte"); // static: rendered once

  void stylesheet(Context ctx) {
    ctx.header("Cache-Control", "max-age=300");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/css; charset=utf-8").result(stylesheet);
  }

  /** The query syntax page: a static document in the page frame ({@code help.jte}). */
  void help(Context ctx) {
    Layout.send(ctx, 200, help);
  }

  private static String read(String resource) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (it ships in the jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
