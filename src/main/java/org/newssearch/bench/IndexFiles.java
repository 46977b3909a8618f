package org.newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Where an index's bytes go: its files' sizes summed by what Lucene keeps in them. */
public final class IndexFiles {

  /** Lucene file extensions by what they hold, in the order the breakdown is printed. */
  private static final Map<String, String> KINDS = kinds();

  private IndexFiles() {}

  /** Bytes per kind of data (stored fields, positions, ...) of the files in {@code generation}. */
  public static Map<String, Long> bytesByKind(Path generation) throws IOException {
    Map<String, Long> bytes = new LinkedHashMap<>();
    KINDS.values().forEach(kind -> bytes.put(kind, 0L));
    bytes.put("other", 0L);
    try (Stream<Path> files = Files.list(generation)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        bytes.merge(KINDS.getOrDefault(extension, "other"), Files.size(file), Long::sum);
      }
    }
    bytes.values().removeIf(size -> size == 0);
    return bytes;
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String ext : new String[] {"fdt", "fdx", "fdm"}) {
      kinds.put(ext, "stored fields");
    }
    kinds.put("pos", "positions");
    kinds.put("doc", "doc ids and freqs");
    kinds.put("pay", "offsets and payloads");
    for (String ext : new String[] {"tim", "tip", "tmd", "psm"}) {
      kinds.put(ext, "terms");
    }
    kinds.put("dvd", "doc values");
    kinds.put("dvm", "doc values");
    kinds.put("nvd", "norms");
    kinds.put("nvm", "norms");
    for (String ext : new String[] {"kdd", "kdi", "kdm"}) {
      kinds.put(ext, "points");
    }
    return kinds;
  }
}
