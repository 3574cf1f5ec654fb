package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases per interval of the week, averaged over the history's weeks, in a zone. */
class WeekProfileTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Duration HALF_HOUR = Duration.ofMinutes(30);

  static Instant warsaw(String local) {
    return LocalDateTime.parse(local).atZone(WARSAW).toInstant();
  }

  @Test
  void averagesEachIntervalOverTheWeeksFromTheFirstCaseToTheLast() {
    // Monday 2 March 09:10 and 09:20 and Thursday 19 March 14:00, Warsaw: weeks of 2, 9 (empty) and 16 March
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).add(warsaw("2026-03-02T09:10"))
        .add(warsaw("2026-03-02T09:20")).add(warsaw("2026-03-19T14:00")).build();

    assertThat(profile.weeks()).isEqualTo(3);
    assertThat(profile.cases()).isEqualTo(3);
    assertThat(profile.firstWeek()).contains(LocalDate.of(2026, 3, 2));
    assertThat(profile.lastWeek()).contains(LocalDate.of(2026, 3, 16));
    assertThat(profile.intervals()).isEqualTo(336);
    assertThat(profile.arrivals(18)).isCloseTo(2 / 3.0, within(1e-12)); // Monday 09:00-09:30
    assertThat(profile.arrivals(3 * 48 + 28)).isCloseTo(1 / 3.0, within(1e-12)); // Thursday 14:00-14:30
    assertThat(profile.arrivals(19)).isZero();
  }

  @Test
  void theIntervalIsTheLocalTimeInTheZone() {
    // Sunday 23:30 UTC is Monday 00:30 in Warsaw (UTC+1 in March), the week's second half hour
    Instant at = Instant.parse("2026-03-01T23:30:00Z");
    assertThat(WeekProfile.builder(HALF_HOUR, WARSAW).build().indexOf(at)).isEqualTo(1);
    assertThat(WeekProfile.builder(HALF_HOUR, ZoneId.of("UTC")).build().indexOf(at)).isEqualTo(335);
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).add(at).build();
    assertThat(profile.firstWeek()).contains(LocalDate.of(2026, 3, 2));
  }

  @Test
  void withoutCasesThereAreNoWeeksAndNoArrivals() {
    WeekProfile profile = WeekProfile.builder(Duration.ofHours(1), WARSAW).build();
    assertThat(profile.weeks()).isZero();
    assertThat(profile.firstWeek()).isEmpty();
    assertThat(profile.arrivals(0)).isZero();
    assertThat(profile.week(LocalDate.of(2026, 3, 4))).hasSize(168).allMatch(d -> d.arrivals() == 0);
  }

  @Test
  void aWeekRunsFromMondayMidnightInTheZoneOneIntervalAfterAnother() {
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).add(warsaw("2026-03-02T09:10")).build();
    List<Demand> week = profile.week(LocalDate.of(2026, 3, 12)); // a Thursday: the week of Monday 9 March

    assertThat(week).hasSize(336);
    assertThat(week.get(0).from()).isEqualTo(Instant.parse("2026-03-08T23:00:00Z"));
    assertThat(week.get(335).to()).isEqualTo(Instant.parse("2026-03-15T23:00:00Z"));
    for (int i = 1; i < week.size(); i++) {
      assertThat(week.get(i).from()).isEqualTo(week.get(i - 1).to());
    }
    assertThat(week.get(18).from()).isEqualTo(warsaw("2026-03-09T09:00"));
    assertThat(week.get(18).arrivals()).isEqualTo(1);
  }

  @Test
  void theNightTheClocksGoForwardSkipsAnHourAndTheNightTheyGoBackRepeatsOne() {
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).add(warsaw("2026-03-01T02:10")).build();
    // Sunday 29 March 2026, 02:00 -> 03:00: 167 hours
    List<Demand> spring = profile.week(LocalDate.of(2026, 3, 23));
    assertThat(spring).hasSize(334);
    assertThat(spring).extracting(Demand::arrivals).containsOnly(0.0);
    // Sunday 25 October 2026, 03:00 -> 02:00: 169 hours, Sunday 02:00-02:30 planned twice
    List<Demand> autumn = profile.week(LocalDate.of(2026, 10, 19));
    assertThat(autumn).hasSize(338);
    assertThat(autumn).filteredOn(d -> d.arrivals() == 1).extracting(Demand::from)
        .containsExactly(Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
  }

  @Test
  void aClockChangeThatIsNotAWholeIntervalCutsTheLastInterval() {
    // two-hour intervals over the 167-hour week: 83 of two hours, then one hour with half the average
    WeekProfile profile = WeekProfile.builder(Duration.ofHours(2), WARSAW).add(warsaw("2026-03-01T23:00")).build();
    List<Demand> spring = profile.week(LocalDate.of(2026, 3, 23));
    assertThat(spring).hasSize(84);
    Demand last = spring.get(83);
    assertThat(last.length()).isEqualTo(Duration.ofHours(1));
    assertThat(last.arrivals()).isEqualTo(0.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT5H", "PT11M", "PT30S", "PT0S", "PT-30M", "P8D"})
  void anIntervalThatDoesNotDivideTheWeekIsRefused(String interval) {
    assertThatThrownBy(() -> WeekProfile.builder(Duration.parse(interval), WARSAW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the interval must be at least a minute and divide a week evenly (PT15M, PT30M, PT1H, ...), "
            + "but was " + Duration.parse(interval));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT1M", "PT15M", "PT1H", "PT7H", "PT24H", "P7D"})
  void anIntervalThatDividesTheWeekIsTaken(String interval) {
    Duration d = Duration.parse(interval);
    assertThat(WeekProfile.builder(d, WARSAW).build().intervals()).isEqualTo((int) (Duration.ofDays(7).toMinutes() / d.toMinutes()));
  }

  @Test
  void anIntervalIndexOutsideTheWeekIsRefused() {
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).build();
    assertThatThrownBy(() -> profile.arrivals(336)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the interval of the week must be from 0 to 335, but was 336");
  }

  @Test
  void showsItsSettingsAndCounts() {
    WeekProfile profile = WeekProfile.builder(HALF_HOUR, WARSAW).add(warsaw("2026-03-02T09:10")).build();
    assertThat(profile).hasToString("WeekProfile[PT30M in Europe/Warsaw, 1 cases over 1 weeks]");
    assertThat(profile.interval()).isEqualTo(HALF_HOUR);
    assertThat(profile.zone()).isEqualTo(WARSAW);
  }
}
