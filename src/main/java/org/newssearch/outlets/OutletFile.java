package org.newssearch.outlets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a registry file: UTF-8, one outlet a line, tab-separated fields
 * {@code name aliases domains country languages type [ownership [notes]]}, lists separated by
 * {@code |}, empty fields for what is unknown; {@code #} starts a comment line. The shipped
 * {@code outlets/outlets.tsv} and a user's file have this one shape.
 */
final class OutletFile {

  static final String FIELDS = "name, aliases, domains, country, languages, type[, ownership[, notes]]";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** A language tag as the articles carry them: {@code en}, {@code uk}, {@code zh-Hans}, {@code zh-Hant}. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?");
  private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

  private final String file;
  /** Each name, alias and domain (lower case) with the line that gave it, so that a second use can point at the first. */
  private final Map<String, Integer> keys = new HashMap<>();

  private OutletFile(String file) {
    this.file = file;
  }

  /** The outlets of a file named {@code file} (in messages) read from {@code in}. */
  static List<Outlet> read(String file, InputStream in) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new OutletFileException(file + " is not UTF-8 text; save it as UTF-8");
    }
    return new OutletFile(file).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private List<Outlet> parse(String text) throws OutletFileException {
    List<Outlet> outlets = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        outlets.add(outlet(line, i + 1));
      }
    }
    return outlets;
  }

  private Outlet outlet(String line, int number) throws OutletFileException {
    String[] fields = line.split("\t", -1);
    if (fields.length < 6 || fields.length > 8) {
      throw error(number, "found " + fields.length + " tab-separated fields; a record has 6 to 8: " + FIELDS);
    }
    String name = fields[0].strip();
    if (name.isEmpty()) {
      throw error(number, "the name is empty; a record starts with the outlet's name as articles give it as source");
    }
    List<String> aliases = list(fields[1]);
    List<String> domains = list(fields[2].toLowerCase(Locale.ROOT)).stream().map(OutletFile::withoutWww).toList();
    for (String domain : domains) {
      if (!HOST.matcher(domain).matches()) {
        throw error(number, "domain '" + domain + "' is not a host name; write it like bbc.co.uk, without scheme or path");
      }
    }
    String country = emptyToNull(fields[3]);
    if (country != null && !COUNTRIES.contains(country)) {
      throw error(number, "country '" + country + "' is not an ISO 3166-1 alpha-2 code; write two capital letters "
          + "such as GB, UA, CN, or leave it empty");
    }
    List<String> languages = list(fields[4]);
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw error(number, "language '" + language + "' is not a language tag such as en, ru, uk, zh-Hans, zh-Hant");
      }
    }
    String typeCode = emptyToNull(fields[5]);
    OutletType type = typeCode == null ? null : OutletType.parse(typeCode).orElseThrow(() ->
        error(number, "type '" + typeCode + "' is not one of " + OutletType.codes() + " (or empty when unknown)"));
    for (String key : keys(name, aliases, domains)) {
      Integer first = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), number);
      if (first != null) {
        throw error(number, "'" + key + "' already names the outlet of line " + first
            + "; a name, alias or domain belongs to one outlet per file");
      }
    }
    return new Outlet(name, aliases, domains, country, languages, type,
        fields.length > 6 ? emptyToNull(fields[6]) : null, fields.length > 7 ? emptyToNull(fields[7]) : null);
  }

  private static List<String> keys(String name, List<String> aliases, List<String> domains) {
    List<String> keys = new ArrayList<>(List.of(name));
    keys.addAll(aliases);
    keys.addAll(domains);
    // a name that is also its domain (Depo.ua, depo.ua) is one key: keys are looked up in lower case
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    keys.forEach(key -> byLowerCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key));
    return List.copyOf(byLowerCase.values());
  }

  private OutletFileException error(int line, String what) {
    return new OutletFileException(file + " line " + line + ": " + what);
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String emptyToNull(String field) {
    String value = field.strip();
    return value.isEmpty() ? null : value;
  }

  static String withoutWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
