package org.newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateBucketsTest {

  private static DateBuckets.Range range(String first, String last) {
    return new DateBuckets.Range(LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  void eachLabelFormReadsBackAsTheDaysItCovers() {
    assertThat(DateBuckets.range("2025-02-18")).isEqualTo(range("2025-02-18", "2025-02-18"));
    assertThat(DateBuckets.range("2025-W08")).isEqualTo(range("2025-02-17", "2025-02-23"));
    assertThat(DateBuckets.range("2025-W01")).isEqualTo(range("2024-12-30", "2025-01-05"));
    assertThat(DateBuckets.range("2024-02")).isEqualTo(range("2024-02-01", "2024-02-29"));
    assertThat(DateBuckets.range("2025")).isEqualTo(range("2025-01-01", "2025-12-31"));
  }

  @Test
  void aLabelOfNoKnownFormOrNoRealDayHasNoRange() {
    assertThat(DateBuckets.range("unknown")).isNull();
    assertThat(DateBuckets.range("2025-13")).isNull();
  }

  @Test
  void theIntervalIsReadFromTheLabelsForm() {
    assertThat(List.of("2025-02-18", "2025-W08", "2025-02", "2025").stream().map(DateBuckets::intervalOf))
        .containsExactly("day", "week", "month", "year");
  }

  @Test
  void gapsBetweenBucketsAreFilledInOrder() {
    assertThat(DateBuckets.continuous(List.of("2024-11", "2025-02")))
        .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
    assertThat(DateBuckets.continuous(List.of("2024-W52", "2025-W02")))
        .containsExactly("2024-W52", "2025-W01", "2025-W02");
    assertThat(DateBuckets.continuous(List.of("2025-02-27", "2025-03-01")))
        .containsExactly("2025-02-27", "2025-02-28", "2025-03-01");
  }

  @Test
  void aSpanTooLongToDrawKeepsTheBucketsAsTheyCame() {
    assertThat(DateBuckets.continuous(List.of("2000-01-01", "2025-01-01"))).containsExactly("2000-01-01", "2025-01-01");
  }
}
