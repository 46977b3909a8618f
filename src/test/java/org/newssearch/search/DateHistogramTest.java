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
    assertThat(interval.label(LocalDateTime.parse(time).toLocalDate())).isEqualTo(label);
    DateHistogram.Bucket bucket = DateHistogram.bucket(label).orElseThrow();
    assertThat(bucket.interval()).isEqualTo(interval);
    assertThat(LocalDateTime.parse(time).toLocalDate()).isBetween(bucket.first(), bucket.last());
  }

  @ParameterizedTest(name = "{0} covers {1} to {2}")
  @CsvSource({
      "2025-02-18, 2025-02-18, 2025-02-18",
      "2025-W08,   2025-02-17, 2025-02-23",
      "2020-W53,   2020-12-28, 2021-01-03",
      "2025-W01,   2024-12-30, 2025-01-05",
      "2024-02,    2024-02-01, 2024-02-29",
      "2012,       2012-01-01, 2012-12-31",
  })
  void aLabelIsReadBackAsItsDays(String label, String first, String last) {
    assertThat(DateHistogram.bucket(label)).hasValueSatisfying(bucket -> {
      assertThat(bucket.first()).hasToString(first);
      assertThat(bucket.last()).hasToString(last);
    });
  }

  @ParameterizedTest(name = "{0} is no bucket")
  @CsvSource({"2025-13", "2025-02-30", "2025-W54", "2025-W53", "2025-W00", "25-02", "Feb 2025", "''", "2025-2"})
  void whatIsNotALabelOfARealBucketIsNone(String label) {
    assertThat(DateHistogram.bucket(label)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void labelsRunFromTheFirstBucketToTheLastWithNoneLeftOut() {
    assertThat(DateHistogram.WEEK.labels(java.time.LocalDate.parse("2020-12-30"), java.time.LocalDate.parse("2021-01-12")))
        .containsExactly("2020-W53", "2021-W01", "2021-W02");
    assertThat(DateHistogram.MONTH.labels(java.time.LocalDate.parse("2024-11-30"), java.time.LocalDate.parse("2025-02-01")))
        .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
    assertThat(DateHistogram.DAY.labels(java.time.LocalDate.parse("2024-02-28"), java.time.LocalDate.parse("2024-03-01")))
        .containsExactly("2024-02-28", "2024-02-29", "2024-03-01");
  }

  @ParameterizedTest(name = "a span of {0} days is counted by {1}")
  @CsvSource({"0, DAY", "31, DAY", "32, WEEK", "84, WEEK", "85, MONTH", "3653, MONTH", "3654, YEAR"})
  void theIntervalSuitsTheSpan(long days, DateHistogram expected) {
    assertThat(DateHistogram.suiting(days)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"hour", "''", "days"})
  void anUnknownIntervalIsABadRequestNamingTheAcceptedOnes(String value) {
    assertThatThrownBy(() -> DateHistogram.parse(value))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("'" + value + "'")
        .satisfies(e -> assertThat(((BadRequestException) e).detail()).isEqualTo("accepted: day, week, month, year"));
  }

  /** Days since 1970-01-01 of ISO dates. */
  private static long[] days(String... dates) {
    return java.util.Arrays.stream(dates).mapToLong(d -> java.time.LocalDate.parse(d).toEpochDay()).toArray();
  }

  @org.junit.jupiter.api.Test
  void countsPerBucketInDateOrderBefore1970AndAfter() {
    long[] days = days("1969-12-31", "1970-01-01", "2025-02-18", "2025-02-19");
    long[] matches = {1, 1, 3, 1};
    assertThat(DateHistogram.DAY.count(days, matches)).containsExactly(
        new SearchResult.FacetCount("1969-12-31", 1), new SearchResult.FacetCount("1970-01-01", 1),
        new SearchResult.FacetCount("2025-02-18", 3), new SearchResult.FacetCount("2025-02-19", 1));
    assertThat(DateHistogram.YEAR.count(days, matches)).containsExactly(
        new SearchResult.FacetCount("1969", 1), new SearchResult.FacetCount("1970", 1),
        new SearchResult.FacetCount("2025", 4));
  }

  @org.junit.jupiter.api.Test
  void weeksAndMonthsGroupTheirDaysAcrossYearEnds() {
    long[] days = days("2024-12-29", "2024-12-30", "2025-01-01", "2025-01-05", "2025-01-06");
    long[] matches = {1, 1, 1, 1, 1};
    assertThat(DateHistogram.WEEK.count(days, matches)).containsExactly(
        new SearchResult.FacetCount("2024-W52", 1), new SearchResult.FacetCount("2025-W01", 3),
        new SearchResult.FacetCount("2025-W02", 1));
    assertThat(DateHistogram.MONTH.count(days, matches)).containsExactly(
        new SearchResult.FacetCount("2024-12", 2), new SearchResult.FacetCount("2025-01", 3));
  }

  @org.junit.jupiter.api.Test
  void daysCenturiesApartAreCountedToo() {
    assertThat(DateHistogram.YEAR.count(days("0800-01-01", "2025-06-01", "9999-12-31"), new long[] {1, 2, 1}))
        .containsExactly(new SearchResult.FacetCount("800", 1), new SearchResult.FacetCount("2025", 2),
            new SearchResult.FacetCount("9999", 1));
    assertThat(DateHistogram.MONTH.count(new long[0], new long[0])).isEmpty();
  }
}
