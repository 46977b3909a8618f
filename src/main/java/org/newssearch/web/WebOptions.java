package org.newssearch.web;

import java.util.List;

/**
 * What the HTTP layer allows, set by {@code serve} (docs/api.md, "Limits").
 *
 * @param maxConcurrentExports exports streamed at once; one more gets HTTP 503 with Retry-After
 * @param corsOrigins origins (scheme://host[:port]) whose pages may call the API from a browser;
 *     empty: none, and no CORS headers are sent
 */
public record WebOptions(int maxConcurrentExports, List<String> corsOrigins) {

  /** Four exports at once (each streams every match, and a full export of 75k articles takes seconds); no CORS. */
  public static final WebOptions DEFAULT = new WebOptions(4, List.of());

  public WebOptions {
    if (maxConcurrentExports < 1) {
      throw new IllegalArgumentException("concurrent exports: " + maxConcurrentExports + " is below 1");
    }
    corsOrigins = List.copyOf(corsOrigins);
  }
}
