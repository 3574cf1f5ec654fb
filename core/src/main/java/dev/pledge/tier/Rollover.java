package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries a metric's surplus into the next period: at each period end (or level change under
 * {@code since-level-change}) the surplus of the metric over the threshold of the level reached
 * becomes the new period's opening value. The surplus is first limited by {@code once} (to what
 * the period itself earned), then multiplied by {@code share} (exactly), then capped by the cap of
 * the level reached.
 *
 * @param metric the metric's name
 * @param max one cap for every level, zero or more (zero carries nothing); empty when the caps are
 *     given by level
 * @param maxByLevel the cap of each level reached, zero or more; a level not listed carries
 *     nothing. Empty when {@code max} is given
 * @param share the fraction of the surplus that carries, more than 0 and at most 1
 * @param once whether value carried into a period never carries again: the surplus is at most
 *     what the period earned ({@code min(value - threshold, value - opening value)})
 */
public record Rollover(String metric, Optional<BigDecimal> max, Map<String, BigDecimal> maxByLevel,
    BigDecimal share, boolean once) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidValueException if a cap is negative (field {@code max} or {@code max/<level>}),
   *     if both {@code max} and caps by level are given (field {@code max}), or if {@code share} is
   *     not in (0, 1] (field {@code share})
   */
  public Rollover {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(maxByLevel, "maxByLevel");
    max.ifPresent(m -> requireZeroOrMore(m, "max", "rollover max"));
    maxByLevel.forEach((level, cap) -> requireZeroOrMore(Objects.requireNonNull(cap, "cap"),
        "max/" + Objects.requireNonNull(level, "level"), "rollover max of level '" + level + "'"));
    maxByLevel = Map.copyOf(maxByLevel);
    if (max.isPresent() && !maxByLevel.isEmpty()) {
      throw new InvalidValueException("max", "rollover max is either one number or one per level, not both");
    }
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("share", "rollover share must be more than 0 and at most 1, but was "
          + share.toPlainString(), "must be a number > 0 and <= 1, but was " + share.toPlainString());
    }
  }

  /** The whole surplus of {@code metric}, capped at {@code max} (zero or more) for every level. */
  public Rollover(String metric, BigDecimal max) {
    this(metric, Optional.of(java.util.Objects.requireNonNull(max, "max")), Map.of(), BigDecimal.ONE, false);
  }

  /** The whole surplus of {@code metric}, capped by the level reached: a level not in {@code maxByLevel} carries nothing. */
  public static Rollover byLevel(String metric, Map<String, BigDecimal> maxByLevel) {
    return new Rollover(metric, Optional.empty(), maxByLevel, BigDecimal.ONE, false);
  }

  /** A copy that carries {@code value} (more than 0, at most 1) of the surplus, before the cap. */
  public Rollover withShare(BigDecimal share) {
    java.util.Objects.requireNonNull(share, "share");
    return new Rollover(metric, max, maxByLevel, share, once);
  }

  /** A copy in which value carried into a period carries again ({@code false}) or never does ({@code true}). */
  public Rollover once(boolean value) {
    return new Rollover(metric, max, maxByLevel, share, value);
  }

  /** The cap when {@code level} is the level reached. */
  public BigDecimal cap(String level) {
    Objects.requireNonNull(level, "level");
    return max.orElseGet(() -> maxByLevel.getOrDefault(level, BigDecimal.ZERO));
  }

  private static void requireZeroOrMore(BigDecimal value, String field, String name) {
    if (value.signum() < 0) {
      throw new InvalidValueException(field, name + " must be zero or more, but was " + value.toPlainString(),
          "must be a number >= 0, but was " + value.toPlainString());
    }
  }
}
