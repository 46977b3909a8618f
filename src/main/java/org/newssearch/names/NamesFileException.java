package org.newssearch.names;

/** A gazetteer or alias file that cannot be read: names the file, the line, what is wrong and what is accepted. */
public final class NamesFileException extends IllegalArgumentException {

  private final String file;
  private final int line;

  NamesFileException(String file, int line, String problem, String accepted) {
    super(file + " line " + line + ": " + problem + "; accepted: " + accepted);
    this.file = file;
    this.line = line;
  }

  /** The file as it was named. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
