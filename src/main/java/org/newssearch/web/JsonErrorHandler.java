package org.newssearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests that never reach a route (a URL past the size limit, a path with
 * {@code %00} or bad percent-encoding) as the API's JSON errors, not Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxUrlBytes;

  JsonErrorHandler(int maxUrlBytes) {
    this.maxUrlBytes = maxUrlBytes;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    fields.put("X-Content-Type-Options", "nosniff");
    return ByteBuffer.wrap(body(status, reason));
  }

  private byte[] body(int status, String reason) {
    String error;
    String detail;
    if (status == 414 || status == 431) {
      error = "URL too long: over " + maxUrlBytes + " bytes";
      detail = "a query may have up to 2,000 characters (about 18,000 bytes percent-encoded); send less";
    } else if (status == 400) {
      error = "bad request: " + (reason == null ? "the request line cannot be read" : reason);
      detail = "check the URL's percent-encoding: %00 and incomplete escapes are not accepted";
    } else {
      error = "HTTP " + status + (reason == null ? "" : ": " + reason);
      detail = "see docs/api.md for the endpoints and their parameters";
    }
    try {
      return JSON.writeValueAsBytes(Map.of("error", error, "detail", detail));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
