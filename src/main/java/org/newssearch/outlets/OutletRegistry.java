package org.newssearch.outlets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets we know, found by the {@code source} an article gives: its name, an alias, or a domain
 * (the source itself when it is a host such as {@code city.kharkov.ua}, or the host of a URL; a
 * subdomain such as {@code kh.depo.ua} belongs to its domain's outlet). Names and aliases match
 * ignoring case. The shipped registry is {@code outlets/outlets.tsv}; a user's file of the same shape
 * adds outlets and replaces the shipped ones of the same name.
 */
public final class OutletRegistry {

  static final String SHIPPED = "outlets/outlets.tsv";

  /**
   * The registry the index's facets read. A facet computes its values from the article alone
   * ({@code Facet.valuesOf}), so the registry is process-wide configuration, like the analyzers'
   * dictionaries: the shipped file unless the command line installs one with the user's file before
   * it indexes.
   */
  private static volatile OutletRegistry installed;

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byName = new HashMap<>();
  private final Map<String, Outlet> byDomain = new HashMap<>();

  private OutletRegistry(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    for (Outlet outlet : this.outlets) {
      byName.put(key(outlet.name()), outlet);
      outlet.aliases().forEach(alias -> byName.put(key(alias), outlet));
      outlet.domains().forEach(domain -> byDomain.put(domain, outlet));
    }
  }

  /** The registry shipped with newssearch. */
  public static OutletRegistry shipped() {
    return Shipped.REGISTRY;
  }

  /** The registry in use: {@link #shipped()} unless one was {@link #install}ed. */
  public static OutletRegistry installed() {
    OutletRegistry registry = installed;
    return registry == null ? shipped() : registry;
  }

  /** Makes {@code registry} the one the facets read from now on (the command line, at start-up). */
  public static void install(OutletRegistry registry) {
    installed = registry;
  }

  /** This registry with the outlets of a user's file added, replacing those of the same name. */
  public OutletRegistry withUserFile(Path file) throws IOException {
    List<Outlet> added;
    try (InputStream in = Files.newInputStream(file)) {
      added = OutletFile.read(file.toString(), in);
    }
    Map<String, Outlet> merged = new LinkedHashMap<>();
    for (Outlet outlet : outlets) {
      merged.put(key(outlet.name()), outlet);
    }
    for (Outlet outlet : added) {
      merged.remove(key(outlet.name())); // a replaced outlet goes to the end, with its file's order
      merged.put(key(outlet.name()), outlet);
    }
    return new OutletRegistry(new ArrayList<>(merged.values()));
  }

  /** The outlet an article's {@code source} names, if the registry knows it. */
  public Optional<Outlet> find(String source) {
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    Outlet named = byName.get(key(source));
    if (named != null) {
      return Optional.of(named);
    }
    // the host, then each parent domain with two labels or more: kh.depo.ua, depo.ua
    for (String host = hostOf(source); host != null && host.indexOf('.') > 0; host = host.substring(host.indexOf('.') + 1)) {
      Outlet outlet = byDomain.get(host);
      if (outlet != null) {
        return Optional.of(outlet);
      }
    }
    return Optional.empty();
  }

  /** Every outlet, in file order (a user's after the shipped ones). */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The host a source names: its URL's host, or itself when it is a host name; without {@code www.}. */
  static String hostOf(String source) {
    String text = source.strip().toLowerCase(Locale.ROOT);
    if (text.contains("://")) {
      try {
        text = URI.create(text).getHost();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return text == null || !text.contains(".") || text.contains(" ") ? null : OutletFile.withoutWww(text);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** Loaded on first use, once. */
  private static final class Shipped {
    static final OutletRegistry REGISTRY = load();

    private static OutletRegistry load() {
      try (InputStream in = OutletRegistry.class.getClassLoader().getResourceAsStream(SHIPPED)) {
        if (in == null) {
          throw new IllegalStateException(SHIPPED + " is missing from the class path; rebuild newssearch");
        }
        return new OutletRegistry(OutletFile.read(SHIPPED, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
