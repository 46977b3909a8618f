package org.newssearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads OpenCC dictionary files (vendored under {@code /opencc}, Apache-2.0) into maps. */
final class OpenccTables {

  private OpenccTables() {}

  /** {@code key<TAB>value [value...]} lines; the first value is OpenCC's preferred one. */
  static Map<String, String> read(String name) {
    Map<String, String> table = new LinkedHashMap<>();
    try (InputStream in = OpenccTables.class.getResourceAsStream("/opencc/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenCC table /opencc/" + name + " on the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String values = line.substring(tab + 1).strip();
        int space = values.indexOf(' ');
        table.putIfAbsent(line.substring(0, tab), space < 0 ? values : values.substring(0, space));
      }
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenCC table " + name, e);
    }
  }

  /** A table read backwards: value -> key (for the variant tables OpenCC ships one way only). */
  static Map<String, String> reversed(String name) {
    Map<String, String> table = new LinkedHashMap<>();
    read(name).forEach((key, value) -> table.putIfAbsent(value, key));
    return table;
  }
}
