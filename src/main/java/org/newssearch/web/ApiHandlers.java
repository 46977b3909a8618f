package org.newssearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.newssearch.ingest.Article;
import org.newssearch.search.BadRequestException;
import org.newssearch.search.CopyGroup;
import org.newssearch.search.DateHistogram;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchBackend;

/** The JSON API handlers: they read parameters, call the search service, and write JSON. */
final class ApiHandlers {

  private final SearchBackend search;
  /** Exports stream for seconds each: beyond these many at once, a client is asked to come back. */
  private final Semaphore exports;
  private final int maxExports;
  private final String docsPage = Layout.render("apidocs.jte", ApiDocsView.of(OpenApiDocument.document()));

  ApiHandlers(SearchBackend search, int maxExports) {
    this.search = search;
    this.exports = new Semaphore(maxExports);
    this.maxExports = maxExports;
  }

  /** The parameters every searching endpoint takes (docs/api.md). */
  private static final List<String> SEARCH_PARAMS = SearchRequest.PARAMETERS;
  private static final List<String> TIMELINE_PARAMS = with(SEARCH_PARAMS, "interval");
  private static final List<String> EXPORT_PARAMS = with(SEARCH_PARAMS, "format");
  private static final List<ApiParameter> BODY_PARAMS = ApiParameter.search();

  void search(Context ctx) throws IOException {
    onlyParams(ctx, SEARCH_PARAMS);
    ctx.json(search.search(SearchRequest.fromParams(ctx.queryParamMap())));
  }

  /** How much of an oversized body is read and thrown away so that its client gets the 413. */
  private static final int MAX_DRAINED_BYTES = 1 << 20;

  /** {@code POST /api/search}: the GET parameters as a JSON object, read into the same parameter map. */
  void searchByBody(Context ctx) throws IOException {
    onlyParams(ctx, List.of());
    int limit = OpenApiDocument.MAX_BODY_BYTES;
    InputStream in = ctx.req().getInputStream();
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      // Read what was sent (up to a point) before answering: a connection closed on unread content can
      // reach the client as a reset instead of this answer.
      in.readNBytes(MAX_DRAINED_BYTES);
      ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("error", "the body is over " + limit / 1024 + " KB",
          "detail", "the parameters of a search fit in far less; a query has at most " + SearchRequest.MAX_QUERY_CHARS + " characters"));
      return;
    }
    ctx.json(search.search(SearchRequest.fromParams(JsonBodyParameters.read(body, BODY_PARAMS))));
  }

  /** {@code /api/docs}: the description as a page, rendered once (it changes only with the code). */
  void docs(Context ctx) {
    onlyParams(ctx, List.of());
    Layout.send(ctx, 200, docsPage);
  }

  /** {@code /api/openapi.json}: the API's own description. */
  void openApi(Context ctx) {
    onlyParams(ctx, List.of());
    ctx.contentType("application/json; charset=utf-8").result(OpenApiDocument.text());
  }

  void article(Context ctx) throws IOException {
    onlyParams(ctx, List.of());
    String id = ctx.pathParam("id");
    Article article = search.article(id).orElse(null);
    if (article == null) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no article with id '" + id + "'",
          "detail", "ids are those in the hits of /api/search"));
      return;
    }
    ctx.json(ArticleJson.of(article, search.copyGroup(id).orElse(new CopyGroup(null, List.of()))));
  }

  void timeline(Context ctx) throws IOException {
    onlyParams(ctx, TIMELINE_PARAMS);
    SearchRequest filters = SearchRequest.fromParams(ctx.queryParamMap());
    String interval = ctx.queryParam("interval");
    ctx.json(search.timeline(ctx.queryParams("q"), filters,
        DateHistogram.parse(interval == null || interval.isBlank() ? "month" : interval)));
  }

  void stats(Context ctx) throws IOException {
    onlyParams(ctx, List.of());
    ctx.json(search.stats());
  }

  void export(Context ctx) throws IOException {
    onlyParams(ctx, EXPORT_PARAMS);
    SearchRequest request = SearchRequest.fromParams(ctx.queryParamMap());
    ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
    if (!exports.tryAcquire()) {
      ctx.header("Retry-After", "10");
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "too many exports at once: " + maxExports + " are running",
          "detail", "retry in a few seconds; the limit is a server setting (serve --max-exports)"));
      return;
    }
    try {
      // Validate the query before the first byte goes out, so a bad one still gets a 400.
      long articles = search.search(request.withPage(1, null)).total();
      ExportRecord record = new ExportRecord(ctx.queryParamMap(), search.generation(), Instant.now(), articles);
      ctx.contentType(format.contentType());
      ctx.header("Content-Disposition", record.contentDisposition(format.extension()));
      ctx.header("Newssearch-Export", record.json());
      format.write(search, request, record, ctx.res().getOutputStream());
    } finally {
      exports.release();
    }
  }

  /** A misspelled parameter ({@code query=} for {@code q=}) would be ignored silently: it is a 400 instead. */
  private static void onlyParams(Context ctx, List<String> accepted) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!accepted.contains(name)) {
        throw unknown("parameter", name, accepted.isEmpty() ? "none on this endpoint" : String.join(", ", accepted));
      }
    }
  }

  private static List<String> with(List<String> list, String one) {
    List<String> all = new ArrayList<>(list);
    all.add(one);
    return List.copyOf(all);
  }

  static BadRequestException unknown(String what, String value, String accepted) {
    return new BadRequestException("unknown " + what + " '" + value + "'", "accepted: " + accepted);
  }
}
