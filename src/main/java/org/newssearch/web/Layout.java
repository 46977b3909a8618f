package org.newssearch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the page templates ({@code src/main/jte}, compiled with the rest of the code; {@code layout.jte}
 * is the frame they share) and sends them with the security headers.
 */
final class Layout {

  /**
   * Nothing but this server's own stylesheet; no script runs, inline or from elsewhere. Inline SVG is
   * markup, not a script, and draws with attributes, so the chart needs no exception.
   */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The templates as classes compiled at build time (jte-maven-plugin): nothing is compiled at run time. */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

  private Layout() {}

  /**
   * {@code template} (a name such as {@code "search.jte"}) rendered with its one parameter, {@code view}.
   * jte's own HTML output escapes every {@code ${...}} for where it stands (text or attribute) and drops
   * {@code javascript:} addresses; a {@link gg.jte.Content} ({@link MarkedHtml}) goes out as it is.
   */
  static String render(String template, Object view) {
    StringOutput html = new StringOutput(32_768);
    TEMPLATES.render(template, view, new OwaspHtmlTemplateOutput(html));
    return html.toString();
  }

  /** Renders a template that takes no parameter (a static page in the frame). */
  static String render(String template) {
    StringOutput html = new StringOutput();
    TEMPLATES.render(template, Map.of(), new OwaspHtmlTemplateOutput(html));
    return html.toString();
  }

  /** Sends a rendered page with its status and the security headers. */
  static void send(Context ctx, int status, String html) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer"); // article links must not tell outlets what a researcher searched
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html);
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
}
