package dev.pledge.report;

import dev.pledge.InvalidValueException;
import java.util.OptionalDouble;

/**
 * A share of a count, with its 95 % Wilson score interval: how sure the data lets one be of the
 * share. The Wilson interval stays inside [0, 1] and is honest for small counts and for shares
 * near 0 or 1, where the textbook normal interval is not.
 *
 * @param hits how many of the {@code n} counted
 * @param n how many there were
 */
public record Proportion(long hits, long n) {
  /** The normal quantile for 95 % two-sided: 1.959963984540054. */
  private static final double Z = 1.959963984540054;

  /** Checks the counts. */
  public Proportion {
    if (n < 0 || hits < 0 || hits > n) {
      throw new InvalidValueException("hits", "a proportion needs 0 <= hits <= n, but was " + hits + " of " + n);
    }
  }

  /** {@code hits / n}; empty when {@code n} is 0. */
  public OptionalDouble share() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / n);
  }

  /** The lower end of the 95 % Wilson interval; empty when {@code n} is 0. */
  public OptionalDouble low() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0, centre() - halfWidth()));
  }

  /** The upper end of the 95 % Wilson interval; empty when {@code n} is 0. */
  public OptionalDouble high() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, centre() + halfWidth()));
  }

  /** {@code high - low}: 1 when {@code n} is 0 (nothing is known). */
  public double width() {
    return n == 0 ? 1 : high().getAsDouble() - low().getAsDouble();
  }

  // (p + z^2/2n) / (1 + z^2/n)  and  z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2)
  private double centre() {
    double p = (double) hits / n;
    return (p + Z * Z / (2.0 * n)) / (1 + Z * Z / n);
  }

  private double halfWidth() {
    double p = (double) hits / n;
    return Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
  }
}
