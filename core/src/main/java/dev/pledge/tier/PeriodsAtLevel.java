package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code periods-at-level} condition, for lifetime status by years at a level: at least
 * {@code atLeast} completed periods of the program being evaluated ended with an earned result of
 * {@code level} or higher (see {@link PeriodResults}); with {@code consecutive}, a run of that many
 * in a row. Usable in a level's {@code qualify}, {@code qualifyFrom} and {@code lifetime}; outside a
 * tier program (no {@link PeriodResults} among the facts) it is false and says why.
 *
 * @param level a level of the program
 * @param atLeast the number of periods, at least 1
 * @param consecutive whether the periods must follow one another
 */
public record PeriodsAtLevel(String level, int atLeast, boolean consecutive) implements Condition {

  /**
   * Checks the components.
   *
   * @throws InvalidValueException if {@code level} is blank (field {@code level}) or {@code atLeast}
   *     is below 1 (field {@code atLeast})
   */
  public PeriodsAtLevel {
    Objects.requireNonNull(level, "level");
    if (level.isBlank()) {
      throw new InvalidValueException("level", "periods-at-level needs a level, but it was blank");
    }
    if (atLeast < 1) {
      throw new InvalidValueException("atLeast", "periods-at-level counts at least 1 period, but atLeast was "
          + atLeast, "must be a whole number >= 1, but was " + atLeast);
    }
  }

  /** At least {@code atLeast} completed periods at {@code level} or higher, in any order. */
  public static PeriodsAtLevel of(String level, int atLeast) {
    return new PeriodsAtLevel(level, atLeast, false);
  }

  @Override
  public String type() {
    return "periods-at-level";
  }

  @Override
  public boolean test(Facts facts) {
    java.util.Objects.requireNonNull(facts, "facts");
    return count(facts).map(n -> n >= atLeast).orElse(false);
  }

  @Override
  public Explanation explain(Facts facts) {
    java.util.Objects.requireNonNull(facts, "facts");
    Optional<Integer> n = count(facts);
    String what = consecutive ? " periods in a row" : " periods";
    return Explanation.leaf("periods-at-level " + level + " at least " + atLeast + (consecutive ? " in a row" : ""),
        n.map(v -> v >= atLeast).orElse(false),
        n.map(v -> v + what + " ended at " + level + " or above").orElse("no tier program's periods are known here"));
  }

  private Optional<Integer> count(Facts facts) {
    return facts.extension(PeriodResults.class)
        .map(r -> consecutive ? r.longestRunAtLeast(level) : r.atLeast(level));
  }
}
