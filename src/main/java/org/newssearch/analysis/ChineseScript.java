package org.newssearch.analysis;

import java.util.BitSet;
import java.util.Map;

/**
 * Tells Traditional from Simplified Chinese text by counting characters that exist in only one
 * script, according to OpenCC's character table.
 */
public final class ChineseScript {

  /** Characters OpenCC converts to another one and that never are a conversion's result (說, 國). */
  private static final BitSet TRADITIONAL_ONLY = new BitSet(Character.MAX_VALUE + 1);
  /** Characters that are a conversion's result and never converted themselves (说, 国). */
  private static final BitSet SIMPLIFIED_ONLY = new BitSet(Character.MAX_VALUE + 1);

  static {
    Map<String, String> characters = OpenccTables.read("TSCharacters.txt");
    BitSet keys = new BitSet(Character.MAX_VALUE + 1);
    BitSet values = new BitSet(Character.MAX_VALUE + 1);
    characters.forEach((key, value) -> {
      if (key.length() == 1 && value.length() == 1 && !key.equals(value)) {
        keys.set(key.charAt(0));
        values.set(value.charAt(0));
      }
    });
    TRADITIONAL_ONLY.or(keys);
    TRADITIONAL_ONLY.andNot(values);
    SIMPLIFIED_ONLY.or(values);
    SIMPLIFIED_ONLY.andNot(keys);
  }

  private ChineseScript() {}

  /** True when {@code text} has more Traditional-only characters than Simplified-only ones. */
  public static boolean isTraditional(CharSequence text) {
    int traditional = 0;
    int simplified = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TRADITIONAL_ONLY.get(c)) {
        traditional++;
      } else if (SIMPLIFIED_ONLY.get(c)) {
        simplified++;
      }
    }
    return traditional > simplified;
  }
}
