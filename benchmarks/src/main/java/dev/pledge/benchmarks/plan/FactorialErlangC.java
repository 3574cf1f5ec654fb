package dev.pledge.benchmarks.plan;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The baseline: Erlang C as textbooks write it, with powers and factorials, in exact-enough
 * decimals (50 digits) since doubles overflow at 171!: C(N, A) = (A^N / N! · N / (N − A)) /
 * (Σ_{k<N} A^k / k! + A^N / N! · N / (N − A)), trying N = ⌊A⌋ + 1, ⌊A⌋ + 2, ... until the service
 * level 1 − C · e^(−(N − A) · T / AHT) reaches the objective.
 */
final class FactorialErlangC {
  private static final MathContext DIGITS = new MathContext(50);

  private FactorialErlangC() {}

  /** The fewest agents for {@code traffic} Erlangs that answer {@code objective} within {@code targetOverAht} handling times. */
  static int agents(double traffic, double targetOverAht, double objective) {
    BigDecimal a = new BigDecimal(traffic);
    for (int n = (int) Math.floor(traffic) + 1; ; n++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = 0; k < n; k++) {
        sum = sum.add(a.pow(k, DIGITS).divide(factorial(k), DIGITS), DIGITS);
      }
      BigDecimal last = a.pow(n, DIGITS).divide(factorial(n), DIGITS)
          .multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(n).subtract(a), DIGITS);
      double c = last.divide(sum.add(last), DIGITS).doubleValue();
      double serviceLevel = 1 - c * Math.exp(-(n - traffic) * targetOverAht);
      if (serviceLevel >= objective) {
        return n;
      }
    }
  }

  private static BigDecimal factorial(int k) {
    BigDecimal f = BigDecimal.ONE;
    for (int i = 2; i <= k; i++) {
      f = f.multiply(BigDecimal.valueOf(i));
    }
    return f;
  }
}
