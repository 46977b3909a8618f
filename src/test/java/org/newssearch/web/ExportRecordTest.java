package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportRecordTest {

  private static final Instant AT = Instant.parse("2026-12-04T23:59:59.750Z");

  private static ExportRecord of(String q) {
    return new ExportRecord(Map.of("q", List.of(q)), "gen-000007", AT, 3);
  }

  @ParameterizedTest(name = "q={0}")
  @CsvSource(delimiter = '|', value = {
      "乌克兰 停火              | newssearch-20261204.csv          | newssearch-%E4%B9%8C%E5%85%8B%E5%85%B0-%E5%81%9C%E7%81%AB-20261204.csv",
      "\"Putin\" AND (talks)    | newssearch-Putin-AND-talks-20261204.csv | newssearch-Putin-AND-talks-20261204.csv",
      "''                       | newssearch-20261204.csv          | newssearch-20261204.csv",
      "../../etc/passwd         | newssearch-etc-passwd-20261204.csv | newssearch-etc-passwd-20261204.csv",
  })
  void theFileIsNamedAfterTheQueryAndTheDayWithNothingAFileSystemWouldRead(String q, String ascii, String utf8) {
    assertThat(of(q).contentDisposition("csv"))
        .isEqualTo("attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"乌克兰", "tab\there", "del\u007Fhere", "quote\"here"})
  void theRecordIsOneLineOfPrintableAsciiJson(String q) {
    String json = of(q).json();
    assertThat(json.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
    assertThat(json).startsWith("{\"newssearchExport\":").contains("\"exportedAt\":\"2026-12-04T23:59:59Z\"")
        .contains("\"generation\":\"gen-000007\"").contains("\"articles\":3");
  }
}
