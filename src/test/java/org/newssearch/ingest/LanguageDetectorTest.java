package org.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "俄罗斯国防部22日称，俄军在顿涅茨克等方向打击乌方军事目标。| zh-Hans",
      "俄羅斯國防部22日稱，俄軍在頓涅茨克等方向打擊烏方軍事目標。| zh-Hant",
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December. | en",
      "Бывший президент США Барак Обама и его супруга приобрели дом, который они ранее арендовали. | ru",
      "Але це далеко не перший подібний проект, що його реалізують українські компанії. | uk",
      "東京の気象庁によると、きょうは全国的に晴れるでしょう。| ja",
      "서울에서 열린 회의에서 대표단은 새로운 협정에 서명했다. | ko",
      "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises touchées par la crise. | und",
      "Ad sales boost Time Warner profit | en",
      "12345 !!! ... | und"
  })
  void detectsTheLanguageOrSaysUnd(String text, String expected) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }
}
