package org.newssearch.outlets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news outlet as the registry describes it.
 *
 * @param name the name as it appears in an article's {@code source}
 * @param aliases other names and spellings it goes by ({@code 新华社}, {@code Xinhua News Agency})
 * @param domains its web sites' host names without {@code www.} ({@code xinhuanet.com}); their
 *     subdomains are the outlet's too
 * @param country where it is based, ISO 3166-1 alpha-2 ({@code CN}), or {@code null} when unknown
 * @param languages the languages it publishes in ({@code zh-Hans}, {@code en}); empty when unknown
 * @param type who owns or controls it, or {@code null} when unknown
 * @param ownership the owner, in words, or {@code null} when unknown
 * @param notes anything else a reader of the registry should know, or {@code null}
 */
public record Outlet(
    String name,
    List<String> aliases,
    List<String> domains,
    String country,
    List<String> languages,
    OutletType type,
    String ownership,
    String notes) {

  public Outlet {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    domains = List.copyOf(domains);
    languages = List.copyOf(languages);
  }

  /** Its country, when known. */
  public Optional<String> countryIfKnown() {
    return Optional.ofNullable(country);
  }

  /** Its type, when known. */
  public Optional<OutletType> typeIfKnown() {
    return Optional.ofNullable(type);
  }
}
