package dev.pledge.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Measures} found: the figures of every period from the first with data to the one
 * holding {@code asOf}, each overall and then per level, and what a broken promise costs.
 *
 * @param periods per period, oldest first: the overall figures, then one per level, lowest first
 * @param brokenPromises satisfaction and churn after kept against after broken promises
 */
public record MeasuresReport(List<PeriodFigures> periods, BrokenPromises brokenPromises) {

  /** Checks and copies the components. */
  public MeasuresReport {
    periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    Objects.requireNonNull(brokenPromises, "brokenPromises");
  }

  /** The overall figures of every period, oldest first. */
  public List<PeriodFigures> overall() {
    return periods.stream().filter(p -> p.level().isEmpty()).toList();
  }

  /** The figures of {@code period} ({@code 2026-03}) for {@code level}, or overall when it is empty. */
  public Optional<PeriodFigures> find(String period, Optional<String> level) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(level, "level");
    return periods.stream().filter(p -> p.period().equals(period) && p.level().equals(level)).findFirst();
  }
}
