package org.newssearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraditionalToSimplifiedTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "俄羅斯國防部, 俄罗斯国防部",
      "軟體, 软件",         // Taiwan vocabulary
      "網際網路, 互联网",    // Taiwan vocabulary, shorter
      "飛彈, 导弹",         // curated: OpenCC lacks it
      "臺灣, 台湾",         // Taiwan variant character
      "衞生, 卫生",         // Hong Kong variant character
      "伊利諾州, 伊利诺伊州", // Hong Kong vocabulary
      "烏茲別克, 乌兹别克斯坦",
      "烏茲別克斯坦, 乌兹别克斯坦", // the replacement written out is not extended again
      "裝置, 装置",         // Taiwan 裝置 is 设备 in OpenCC, but 装置 is a mainland word too
      "建立, 建立",         // a Simplified key of TWPhrasesRev is left alone
      "乾坤, 乾坤",         // a TSPhrases protection
      "乾淨, 干净",
      "顯著, 显著",
      "显著, 显著",         // the same protection written in Simplified
      "雷射, 激光",         // curated
      "線上, 线上",         // curated protection: TWPhrasesRev would make it 在线
      "澤倫斯基, 泽伦斯基",   // names keep their regional transliteration (see the table's header)
      "ＮＡＴＯ１２, NATO12"  // width folding
  })
  void convertsByPhrasesThenCharacters(String traditional, String simplified) {
    assertThat(TraditionalToSimplified.convert(traditional)).isEqualTo(simplified);
  }

  @Test
  void simplifiedTextIsUnchanged() {
    String text = "习近平同乌兹别克斯坦总统举行会谈 双方建立全面战略伙伴关系 著名 线上";
    assertThat(TraditionalToSimplified.convert(text)).isEqualTo(text);
  }

  @Test
  void filterReadsTheSameTextAsConvertAndCorrectsOffsetsOfShorterReplacements() throws IOException {
    try (CharFilter filter = TraditionalToSimplified.filter(new StringReader("用網際網路看"))) {
      char[] buf = new char[16];
      int n = filter.read(buf, 0, buf.length);
      assertThat(new String(buf, 0, n)).isEqualTo("用互联网看");
      // Output 1..4 (互联网) is input 1..5 (網際網路); 看 at output 4 is input 5.
      assertThat(filter.correctOffset(1)).isEqualTo(1);
      assertThat(filter.correctOffset(4)).isEqualTo(5);
      assertThat(filter.correctOffset(5)).isEqualTo(6);
      assertThat(filter.read(buf, 0, buf.length)).isEqualTo(-1);
    }
  }

  @Test
  void filterOffsetsNeverGoBackwardsAfterALongerReplacement() throws IOException {
    try (CharFilter filter = TraditionalToSimplified.filter(new StringReader("去伊利諾州了"))) {
      char[] buf = new char[16];
      assertThat(new String(buf, 0, filter.read(buf, 0, buf.length))).isEqualTo("去伊利诺伊州了");
      int[] corrected = new int[8];
      for (int i = 0; i < corrected.length; i++) {
        corrected[i] = filter.correctOffset(i);
      }
      assertThat(corrected).containsExactly(0, 1, 2, 3, 4, 4, 5, 6);
    }
  }
}
