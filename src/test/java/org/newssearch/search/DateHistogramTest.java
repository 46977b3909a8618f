package org.newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateHistogramTest {

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
      "DAY,   2025-02-18T23:59:59, 2025-02-18",
      "WEEK,  2025-02-18T00:00:00, 2025-W08",
      "WEEK,  2024-12-30T12:00:00, 2025-W01",
      "WEEK,  2021-01-03T12:00:00, 2020-W53",
      "MONTH, 2025-02-01T00:00:00, 2025-02",
      "YEAR,  2012-07-02T19:06:13, 2012",
  })
  void bucketLabelsFollowIsoCalendarRules(DateHistogram interval, String time, String label) {
    assertThat(interval.label(LocalDateTime.parse(time))).isEqualTo(label);
  }

  @ParameterizedTest(name = "a span of {0} days is counted by {1}")
  @CsvSource({"0, DAY", "31, DAY", "32, WEEK", "84, WEEK", "85, MONTH", "3653, MONTH", "3654, YEAR"})
  void theIntervalSuitsTheSpan(long days, DateHistogram expected) {
    assertThat(DateHistogram.suiting(days * 86_400)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"hour", "''", "days"})
  void anUnknownIntervalIsABadRequestNamingTheAcceptedOnes(String value) {
    assertThatThrownBy(() -> DateHistogram.parse(value))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("'" + value + "'")
        .satisfies(e -> assertThat(((BadRequestException) e).detail()).isEqualTo("accepted: day, week, month, year"));
  }
}
