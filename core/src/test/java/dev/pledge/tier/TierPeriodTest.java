package dev.pledge.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each period record's boundaries, table-driven; 2024-02-29 is the anchor where one is read. */
class TierPeriodTest {
  static final LocalDate LEAP_ANCHOR = LocalDate.of(2024, 2, 29);

  static Stream<Arguments> nextStarts() {
    return Stream.of(
        Arguments.of(TierPeriod.calendarYear(), "2026-01-01", "2027-01-01"),
        Arguments.of(TierPeriod.calendarYear(), "2026-12-31", "2027-01-01"),
        Arguments.of(TierPeriod.fixedYear(MonthDay.of(3, 1)), "2026-02-28", "2026-03-01"),
        Arguments.of(TierPeriod.fixedYear(MonthDay.of(3, 1)), "2026-03-01", "2027-03-01"),
        // 29 February anniversaries fall on 28 February in other years.
        Arguments.of(TierPeriod.membershipYear(), "2026-02-27", "2026-02-28"),
        Arguments.of(TierPeriod.membershipYear(), "2026-02-28", "2027-02-28"),
        Arguments.of(TierPeriod.membershipYear(), "2027-03-01", "2028-02-29"),
        Arguments.of(TierPeriod.sinceLevelChange(), "2026-05-10", "2027-05-10"));
  }

  @ParameterizedTest
  @MethodSource("nextStarts")
  void nextStartIsTheFirstBoundaryAfterTheDay(TierPeriod period, String day, String next) {
    assertThat(period.nextStart(LocalDate.parse(day), LEAP_ANCHOR)).isEqualTo(LocalDate.parse(next));
  }

  @Test
  void sinceLevelChangeRunsFromTheAnchorInStepsOf12MonthsBeforeAnyChange() {
    // Anchor 29 Feb 2024: periods end 28 Feb 2025, 28 Feb 2026 (plusMonths keeps the month end), ...
    TierPeriod p = TierPeriod.sinceLevelChange();
    assertThat(p.firstEnd(LocalDate.of(2024, 3, 1), LEAP_ANCHOR)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(p.firstEnd(LocalDate.of(2026, 2, 28), LEAP_ANCHOR)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(p.firstEnd(LocalDate.of(2026, 2, 27), LEAP_ANCHOR)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void eachTypeSaysWhatItReads() {
    assertThat(TierPeriod.calendarYear().needsAnchor()).isFalse();
    assertThat(TierPeriod.fixedYear(MonthDay.of(3, 1)).needsAnchor()).isFalse();
    assertThat(TierPeriod.membershipYear().needsAnchor()).isTrue();
    assertThat(TierPeriod.sinceLevelChange().needsAnchor()).isTrue();
    assertThat(TierPeriod.sinceLevelChange().restartsOnLevelChange()).isTrue();
    assertThat(TierPeriod.membershipYear().restartsOnLevelChange()).isFalse();
  }

  @Test
  void aFixedYearCannotStartOn29February() {
    assertThatThrownBy(() -> TierPeriod.fixedYear(MonthDay.of(2, 29)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("must be a day that exists every year, but was \"02-29\"")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("start");
  }

  @Test
  void periodsAreValues() {
    assertThat(TierPeriod.fixedYear(MonthDay.of(3, 1))).isEqualTo(new TierPeriod.FixedYear(MonthDay.of(3, 1)));
    assertThat(TierPeriod.calendarYear()).isEqualTo(new TierPeriod.CalendarYear());
  }
}
