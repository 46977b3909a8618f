package org.newssearch.names;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a spelling is used: the regional Chinese forms, the other languages, history, the user's file. */
public enum SpellingForm {
  /** Mainland China, Simplified (Xinhua's transliterations). */
  ZH_CN("zh-CN"),
  /** Taiwan, Traditional (CNA's transliterations). */
  ZH_TW("zh-TW"),
  /** Hong Kong, Traditional. */
  ZH_HK("zh-HK"),
  /** Singapore, Malaysia and other overseas outlets, Simplified. */
  ZH_SG("zh-SG"),
  EN("en"),
  RU("ru"),
  UK("uk"),
  /** Former and historical names, in any language (红军城, Красноармейск, Kiev). */
  HISTORICAL("hist"),
  /** A user's alias file. */
  ALIAS("alias");

  public final String tag;

  SpellingForm(String tag) {
    this.tag = tag;
  }

  static Optional<SpellingForm> parse(String tag) {
    return Arrays.stream(values()).filter(f -> f.tag.equals(tag)).findFirst();
  }

  /** The tags a gazetteer file may use, for error messages. */
  static String accepted() {
    return Arrays.stream(values()).map(f -> f.tag).collect(Collectors.joining(", "));
  }
}
