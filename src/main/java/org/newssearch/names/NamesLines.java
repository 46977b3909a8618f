package org.newssearch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line syntax the gazetteer and alias files share: UTF-8, one entity a line, fields separated by
 * a tab, {@code #} starts a comment, blank lines are skipped; spellings are separated by {@code |}.
 */
final class NamesLines {

  /** Lower-case letters, digits and {@code - _ . :}, starting with a letter or digit. */
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._:-]*");
  static final String ID_RULE = "lower-case letters, digits and - _ . : (starting with a letter or digit)";

  /** One line with content: its number and its tab-separated fields (comment and outer blanks removed). */
  record Line(String file, int number, List<String> fields) {
    NamesFileException error(String problem, String accepted) {
      return new NamesFileException(file, number, problem, accepted);
    }

    /** The id in field 0, checked. */
    String id() {
      String id = fields.get(0).strip();
      if (!ID.matcher(id).matches()) {
        throw error("bad entity id '" + id + "'", "an id of " + ID_RULE);
      }
      return id;
    }

    /** The spellings of a field {@code a|b|c}, each stripped and non-empty. */
    List<String> spellings(String field) {
      List<String> out = new ArrayList<>();
      for (String spelling : field.split("\\|", -1)) {
        String s = spelling.strip();
        if (s.isEmpty()) {
          throw error("an empty spelling in '" + field + "'", "spellings separated by |, none of them empty");
        }
        if (!out.contains(s)) {
          out.add(s);
        }
      }
      return out;
    }
  }

  private NamesLines() {}

  /** Every line with content of {@code in}. */
  static List<Line> read(BufferedReader in, String file) throws IOException {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      number++;
      if (number == 1 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1); // a byte-order mark that an editor saved
      }
      int comment = raw.indexOf('#');
      String text = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
      if (!text.isEmpty()) {
        lines.add(new Line(file, number, List.of(text.split("\t", -1))));
      }
    }
    return lines;
  }
}
