package org.newssearch.web;

import static org.newssearch.search.Html.escape;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResult;
import org.newssearch.search.SearchService;

/** The web form: a query box, filters, ranked hits with highlighted snippets, and facet counts. */
final class FormPage {

  /** No scripts at all, styles only from this page. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'";

  private final SearchService search;

  FormPage(SearchService search) {
    this.search = search;
  }

  void render(Context ctx) throws IOException {
    ctx.header("Content-Security-Policy", CSP);
    ctx.contentType("text/html; charset=utf-8");
    Map<String, List<String>> params = ctx.queryParamMap();
    StringBuilder html = new StringBuilder(8192);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(q.isBlank() ? "newssearch" : escape(q) + " - newssearch").append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>")
        .append("<header><h1><a href=\"/\">newssearch</a></h1>")
        .append("<form method=\"get\" action=\"/\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" value=\"").append(escape(q))
        .append("\" placeholder=\"泽连斯基, \\\"乌克兰危机\\\", 普京 OR 特朗普\" autofocus>")
        .append(dateInput("from", ctx.queryParam("from"))).append(dateInput("to", ctx.queryParam("to")))
        .append("<button type=\"submit\">Search</button></form></header><main>");
    if (!params.isEmpty()) {
      try {
        SearchResult result = search.search(SearchRequest.fromParams(params));
        new ResultsView(result, params).appendTo(html);
      } catch (BadRequestException e) {
        html.append("<p class=\"error\">").append(escape(e.getMessage())).append(". ")
            .append(escape(e.detail())).append("</p>");
      }
    }
    html.append("</main></body></html>");
    ctx.result(html.toString());
  }

  private static String dateInput(String name, String value) {
    return "<label>" + name + " <input type=\"date\" name=\"" + name + "\" value=\""
        + escape(value == null ? "" : value) + "\"></label>";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
      "DejaVu Sans",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#222}
      header form{display:flex;gap:.5rem;flex-wrap:wrap}header input[type=search]{flex:1;min-width:16rem;font-size:1.1rem}
      main{display:flex;gap:2rem}aside{min-width:12rem}ol{padding-left:1.2rem}li{margin-bottom:1rem}
      mark{background:#ffe066}.meta{color:#666;font-size:.9rem}.error{color:#a00}h1 a{color:inherit;text-decoration:none}
      """;
}
