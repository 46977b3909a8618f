package org.newssearch.ingest;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What we know of news outlets: signatures scrapers leave in the text, and the outlets' time zones. */
final class KnownSources {

  /** Suffixes that aggregator sites append to repeated headline lines ("title - 天天要闻"). */
  static final Map<String, String> HEADLINE_SIGNATURES = Map.of(" - 天天要闻", "天天要闻");

  /** Outlets whose printed times are in a known zone. */
  private static final Map<String, ZoneOffset> OFFSETS =
      Map.of("天天要闻", ZoneOffset.ofHours(8), "央视网", ZoneOffset.ofHours(8));

  private KnownSources() {}

  static ZoneOffset offsetOf(String source) {
    return source == null ? null : OFFSETS.get(source);
  }

  /** The site of a URL without {@code www.}: {@code voachinese.com}. */
  static Optional<String> siteOf(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
