package org.newssearch.outlets;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of outlet it is, by who owns or controls it (docs/outlets.md says where each line is drawn).
 */
public enum OutletType {
  /** Owned or controlled by a state, a government agency or a ruling party (Xinhua, TASS, VOA). */
  STATE_MEDIA("state-media"),
  /** A public-service broadcaster set up by statute with an independent board (BBC, DW, Suspilne). */
  PUBLIC_BROADCASTER("public-broadcaster"),
  /** Owned privately or by a listed company and run for profit (CNN, Kommersant, UNIAN). */
  COMMERCIAL("commercial"),
  /** Owned by its journalists, readers or a non-profit, funded by readers and grants (Meduza, Hromadske). */
  INDEPENDENT("independent"),
  /** Republishes others' articles (Google News, 天天要闻). */
  AGGREGATOR("aggregator");

  /** The value written in the registry file and indexed in the {@code outlet_type} facet. */
  public final String code;

  OutletType(String code) {
    this.code = code;
  }

  /** The type written {@code code}, if it is one. */
  public static Optional<OutletType> parse(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  /** Every code, for error messages: {@code state-media, public-broadcaster, ...}. */
  public static String codes() {
    return Arrays.stream(values()).map(type -> type.code).collect(Collectors.joining(", "));
  }
}
