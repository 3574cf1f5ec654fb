package dev.pledge.measure;

import dev.pledge.InvalidValueException;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the measures count, as the configuration's {@code measures} section says it
 * (docs/measures.md).
 *
 * @param activeKinds the activity kinds that show a customer is active (at least one)
 * @param churnAfter how long without such an activity makes a customer churned (positive, at most
 *     100 years; months and years count on the calendar in {@code zone})
 * @param period how the figures are cut in time
 * @param zone the zone that periods and {@code churnAfter} are counted in
 * @param program the tier program whose level breaks every figure down, if any
 * @param levels that program's levels, lowest first (empty without a program); a customer with no
 *     status in it counts at the first
 */
public record MeasureSettings(Set<String> activeKinds, Period churnAfter, PeriodUnit period, ZoneId zone,
    Optional<String> program, List<String> levels) {

  /** Checks and copies the components. */
  public MeasureSettings {
    activeKinds = Set.copyOf(Objects.requireNonNull(activeKinds, "activeKinds"));
    Objects.requireNonNull(churnAfter, "churnAfter");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(program, "program");
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (activeKinds.isEmpty()) {
      throw new InvalidValueException("activeKinds", "at least one activity kind must show that a customer is active");
    }
    if (churnAfter.isZero() || churnAfter.isNegative() || churnAfter.getYears() < 0
        || churnAfter.getMonths() < 0 || churnAfter.getDays() < 0) {
      throw new InvalidValueException("churnAfter", "churnAfter must be a positive period, such as P180D, but was "
          + churnAfter);
    }
    if (!withinLimit(churnAfter)) {
      throw new InvalidValueException("churnAfter", "churnAfter must be at most 100 years (36,525 days), but was "
          + churnAfter);
    }
    if (program.isPresent() == levels.isEmpty()) {
      throw new InvalidValueException("levels", "the levels are given exactly when a program is: program "
          + program.orElse("(none)") + ", levels " + levels);
    }
    if (Set.copyOf(levels).size() != levels.size()) {
      throw new InvalidValueException("levels", "a level is listed twice: " + levels);
    }
  }

  /** Whether {@code churnAfter} is at most 100 years: its months at most 1,200 and its days at most 36,525. */
  public static boolean withinLimit(Period churnAfter) {
    Objects.requireNonNull(churnAfter, "churnAfter");
    return churnAfter.toTotalMonths() <= 1_200 && churnAfter.getDays() <= 36_525;
  }

  /** Settings without a tier program: only the overall figures. */
  public static MeasureSettings of(Set<String> activeKinds, Period churnAfter, PeriodUnit period, ZoneId zone) {
    return new MeasureSettings(activeKinds, churnAfter, period, zone, Optional.empty(), List.of());
  }

  /** A copy that breaks every figure down by the level held in {@code program}, levels lowest first. */
  public MeasureSettings byLevel(String program, List<String> levels) {
    Objects.requireNonNull(program, "program");
    return new MeasureSettings(activeKinds, churnAfter, period, zone, Optional.of(program), levels);
  }
}
