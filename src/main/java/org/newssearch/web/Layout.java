package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import io.javalin.http.Context;

/** The frame every HTML page shares: head (UTF-8, stylesheet), header, footer, and the security headers. */
final class Layout {

  /**
   * Nothing but this server's own stylesheet; no script runs, inline or from elsewhere. Inline SVG is
   * markup, not a script, and draws with attributes, so the chart needs no exception.
   */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private Layout() {}

  /** Opens the document: {@code title} is plain text (escaped here). */
  static void open(StringBuilder html, String title) {
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(title)).append("</title>")
        .append("<link rel=\"stylesheet\" href=\"").append(StaticAssets.STYLESHEET).append("\">")
        .append("</head><body><header class=\"site\"><a class=\"home\" href=\"/\">newssearch</a>")
        .append("<nav><a href=\"/help\">Query syntax</a> <a href=\"/api/stats\">Index stats (JSON)</a></nav>")
        .append("</header>");
  }

  static void close(StringBuilder html) {
    html.append("<footer>newssearch · every view on this page is its URL: copy it to cite or reopen it.</footer>")
        .append("</body></html>");
  }

  /** Sends a finished page with its status and the security headers. */
  static void send(Context ctx, int status, StringBuilder html) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer"); // article links must not tell outlets what a researcher searched
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html.toString());
  }

  /**
   * Whether {@code url} may become a link: only an absolute http(s) address. A scraped
   * {@code javascript:} or {@code data:} URL is shown as text, whatever the CSP would do with it.
   */
  static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(url.strip());
      return uri.getScheme() != null && uri.getHost() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** A message box: {@code kind} is error or empty; the texts are plain (escaped here). */
  static void message(StringBuilder html, String kind, String headline, String detail) {
    html.append("<div class=\"message ").append(kind).append("\" role=\"")
        .append(kind.equals("error") ? "alert" : "status").append("\"><p><strong>")
        .append(escape(headline)).append("</strong></p>");
    if (detail != null && !detail.isBlank()) {
      html.append("<p>").append(escape(detail)).append("</p>");
    }
    html.append("</div>");
  }
}
