package org.newssearch.names;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sound of a Chinese transliteration of a foreign name: its toneless pinyin (维特科夫 and 威特科夫 are
 * both {@code weitekefu}), from ICU4J's Han-Latin transliterator. Only strings that look like
 * transliterations have a key: at least {@link #MIN_LENGTH} characters, every one of them from
 * {@link #CHARACTERS}, the characters Chinese outlets use to spell foreign sounds; ordinary words
 * (which use others, such as 的, 国, 会, 人) have none, so the rule never expands them.
 */
public final class PhoneticKey {

  /** Shorter strings are too often ordinary words, and two syllables too often collide. */
  public static final int MIN_LENGTH = 3;

  /**
   * Characters of foreign-name transliteration (Simplified), after Xinhua's transliteration tables:
   * the characters of 斯基夫科维特卢比奥拉洛佩尔 and their kind.
   */
  static final String CHARACTERS = "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查察柴彻楚茨达戴丹道德登迪蒂丁杜敦顿多厄恩尔"
      + "法范菲费芬丰冯佛夫弗伏福盖甘冈戈哥格根贡古瓜圭哈海汉豪赫亨洪胡华怀惠霍基吉加贾杰金津久喀卡凯坎康考柯科克肯"
      + "库奎拉莱赖兰朗劳勒雷蕾里利连廉列林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密莫墨默姆穆纳娜奈南内尼妮涅宁纽努诺"
      + "欧帕潘庞佩培彭皮珀普奇齐契恰乔钦琼丘屈热日荣瑞萨塞赛桑瑟森沙莎尚舍申什施史舒斯丝松苏索塔泰坦汤唐陶特提汀图托"
      + "瓦旺威韦维卫温沃乌伍武西希锡夏谢辛欣休雅亚扬耶叶伊因英尤约泽扎詹哲兹朱佐";

  private static final Map<Character, String> SYLLABLES = syllables();

  private PhoneticKey() {}

  /** The key of {@code text} (Traditional is read as Simplified), or empty when it does not look like a transliteration. */
  public static Optional<String> of(String text) {
    String simplified = NameKey.of(text);
    if (simplified.codePointCount(0, simplified.length()) < MIN_LENGTH) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < simplified.length(); i++) {
      String syllable = SYLLABLES.get(simplified.charAt(i));
      if (syllable == null) {
        return Optional.empty();
      }
      key.append(syllable);
    }
    return Optional.of(key.toString());
  }

  /** Whether {@code text} looks like a transliteration of a foreign name. */
  public static boolean looksTransliterated(String text) {
    return of(text).isPresent();
  }

  private static Map<Character, String> syllables() {
    Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    Map<Character, String> syllables = new HashMap<>();
    // Han-Latin reads 什 as in 什么; in names (什切青, 阿什哈巴德) it is shi.
    syllables.put('什', "shi");
    for (char c : CHARACTERS.toCharArray()) {
      syllables.putIfAbsent(c, pinyin.transliterate(String.valueOf(c)).strip().toLowerCase(Locale.ROOT));
    }
    return Map.copyOf(syllables);
  }
}
