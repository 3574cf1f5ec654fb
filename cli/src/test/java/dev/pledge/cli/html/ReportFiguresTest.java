package dev.pledge.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFiguresTest {
  @ParameterizedTest(name = "{0} of {1} is in bucket {2}")
  @CsvSource({
      "PT0S, PT1H, 0",
      "PT15M, PT1H, 0",
      "PT15M0.001S, PT1H, 1",
      "PT59M, PT1H, 3",
      "PT1H, PT1H, 3",
      "PT1H0.001S, PT1H, 4",
      "PT1H45M, PT1H, 6",
      "PT2H, PT1H, 6",
      "PT3H, PT1H, 7",
      "PT3H1S, PT1H, 8",
      "PT0S, PT0S, 0",
      "PT1S, PT0S, 8"})
  void bucketsElapsedOverTargetExactlyWithTheTargetItselfWithin(Duration elapsed, Duration target, int bucket) {
    assertThat(ReportFigures.bucket(elapsed, target)).isEqualTo(bucket);
    assertThat(ReportFigures.BUCKETS).hasSize(9);
    assertThat(ReportFigures.BUCKETS.get(ReportFigures.WITHIN_TARGET)).isEqualTo("≤1");
  }
}
