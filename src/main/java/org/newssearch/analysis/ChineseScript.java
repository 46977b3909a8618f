package org.newssearch.analysis;

/** Tells Traditional from Simplified Chinese text by counting characters that exist in only one script. */
public final class ChineseScript {

  private ChineseScript() {}

  /** True when {@code text} has more Traditional-only characters than Simplified-only ones. */
  public static boolean isTraditional(String text) {
    var table = TraditionalToSimplified.Table.INSTANCE.entries;
    int traditional = 0;
    int simplified = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isIdeographic(c)) {
        continue;
      }
      String ch = String.valueOf(c);
      if (table.containsKey(ch)) {
        traditional++;
      } else if (SimplifiedOnly.SET.contains(ch)) {
        simplified++;
      }
    }
    return traditional > simplified;
  }

  private static final class SimplifiedOnly {
    static final java.util.Set<String> SET = build();

    private static java.util.Set<String> build() {
      var table = TraditionalToSimplified.Table.INSTANCE.entries;
      var set = new java.util.HashSet<String>();
      table.forEach((key, value) -> {
        if (key.length() == 1 && value.length() == 1 && !table.containsKey(value)) {
          set.add(value);
        }
      });
      return set;
    }
  }
}
