package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Erlang B and C against hand-worked figures, a brute-force sum, and their limits. */
class ErlangCTest {
  static final Duration AHT = Duration.ofSeconds(180);
  static final Duration TARGET = Duration.ofSeconds(20);

  // The reference check: 100 arrivals in 30 minutes, AHT 180 s: A = 100 × 180 / 1800 = 10 Erlangs.
  // Erlang B by the recursion B(k) = 10·B(k−1) / (k + 10·B(k−1)) from B(0) = 1:
  //   B(1) = 0.90909, B(2) = 0.81967, ..., B(10) = 0.21458, B(11) = 0.16323, B(12) = 0.11974,
  //   B(13) = 0.084339, B(14) = 0.056819.
  // C = N·B / (N − A(1 − B)):
  //   C(13) = 13 · 0.084339 / (13 − 10 · 0.915661) = 1.09641 / 3.84339 = 0.28527
  //   C(14) = 14 · 0.056819 / (14 − 10 · 0.943181) = 0.79547 / 4.56819 = 0.17413
  // SL = 1 − C·e^(−(N − A)·T / AHT), T / AHT = 20 / 180 = 1/9:
  //   SL(13) = 1 − 0.28527 · e^(−3/9) = 1 − 0.28527 · 0.71653 = 0.79559: 79.6 %, short of 80 %
  //   SL(14) = 1 − 0.17413 · e^(−4/9) = 1 − 0.17413 · 0.64118 = 0.88835: 88.8 %
  // ASA(14) = C · AHT / (N − A) = 0.17413 · 180 s / 4 = 7.836 s.
  @Test
  void referenceCheckThirteenAgentsGiveSeventyNinePointSixPercentFourteenEightyEightPointEight() {
    assertThat(ErlangC.erlangB(13, 10)).isCloseTo(0.084339, within(1e-6));
    assertThat(ErlangC.probabilityOfWaiting(13, 10)).isCloseTo(0.28527, within(1e-5));
    assertThat(ErlangC.probabilityOfWaiting(14, 10)).isCloseTo(0.17413, within(1e-5));
    assertThat(ErlangC.serviceLevel(13, 10, TARGET, AHT)).isCloseTo(0.7956, within(1e-4)).isLessThan(0.8);
    assertThat(ErlangC.serviceLevel(14, 10, TARGET, AHT)).isCloseTo(0.8884, within(1e-4));
    assertThat(ErlangC.asa(14, 10, AHT)).isBetween(Duration.ofMillis(7835), Duration.ofMillis(7837));
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 0.5", "2, 1, 0.2", "1, 3, 0.75", "3, 2, 0.2105263157894737"})
  void erlangBOfSmallQueuesIsTheTextbookFraction(int n, double a, double expected) {
    // B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2; B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19
    assertThat(ErlangC.erlangB(n, a)).isCloseTo(expected, within(1e-12));
  }

  @Property
  void erlangBMatchesTheSumOfPoissonTerms(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0.01, max = 80) double a) {
    // B = (a^n / n!) / Σ_{k≤n} a^k / k!, each term built from the one before (brute force, no recursion on B)
    double term = 1;
    double sum = 1;
    for (int k = 1; k <= n; k++) {
      term = term * a / k;
      sum += term;
    }
    assertThat(ErlangC.erlangB(n, a)).isCloseTo(term / sum, within(1e-12));
  }

  @Property
  void erlangCIsErlangBForWaitingQueues(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @DoubleRange(min = 0.01, max = 59.99) double a) {
    // C = (a^n / n! · n / (n − a)) / (Σ_{k<n} a^k / k! + a^n / n! · n / (n − a)), for n > a
    if (n <= a) {
      return;
    }
    double term = 1;
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += term;
      term = term * a / (k + 1);
    }
    double waiting = term * n / (n - a);
    assertThat(ErlangC.probabilityOfWaiting(n, a)).isCloseTo(waiting / (sum + waiting), within(1e-11));
  }

  @Test
  void trafficInTheThousandsNeitherOverflowsNorLosesTheFigure() {
    // a^n / n! alone would overflow a double from a = 171 on; the recursion keeps every term in [0, 1]
    double b = ErlangC.erlangB(2012, 2000);
    double c = ErlangC.probabilityOfWaiting(2012, 2000);
    assertThat(b).isStrictlyBetween(0.0, 1.0);
    assertThat(c).isStrictlyBetween(b, 1.0);
    assertThat(ErlangC.serviceLevel(2012, 2000, TARGET, AHT)).isCloseTo(0.8142, within(1e-4));
    assertThat(ErlangC.serviceLevel(2011, 2000, TARGET, AHT)).isCloseTo(0.7860, within(1e-4));
    assertThat(ErlangC.probabilityOfWaiting(1_000_100, 1_000_000)).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void manyMoreAgentsThanTrafficMeanNobodyWaitsAndCostNoMoreThanTheUnderflow() {
    assertThat(ErlangC.erlangB(Integer.MAX_VALUE, 3)).isZero();
    assertThat(ErlangC.probabilityOfWaiting(Integer.MAX_VALUE, 3)).isZero();
    assertThat(ErlangC.serviceLevel(Integer.MAX_VALUE, 3, TARGET, AHT)).isEqualTo(1);
  }

  @Test
  void noTrafficNeverWaits() {
    assertThat(ErlangC.erlangB(3, 0)).isZero();
    assertThat(ErlangC.erlangB(0, 0)).isEqualTo(1);
    assertThat(ErlangC.probabilityOfWaiting(0, 0)).isZero();
    assertThat(ErlangC.serviceLevel(0, 0, TARGET, AHT)).isEqualTo(1);
    assertThat(ErlangC.asa(0, 0, AHT)).isZero();
  }

  @Test
  void tooFewAgentsMeanEveryCallWaitsAndNoneInTime() {
    assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1);
    assertThat(ErlangC.probabilityOfWaiting(3, 10)).isEqualTo(1);
    assertThat(ErlangC.serviceLevel(10, 10, TARGET, AHT)).isZero();
    assertThatThrownBy(() -> ErlangC.asa(10, 10, AHT)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the average speed of answer needs more agents than the traffic, but there are 10 agents "
            + "for 10.0 Erlangs; the wait grows without bound");
  }

  @Test
  void aZeroTargetAsksThatNobodyWaits() {
    assertThat(ErlangC.serviceLevel(14, 10, Duration.ZERO, AHT)).isCloseTo(1 - 0.17413, within(1e-5));
  }

  @Test
  void badArgumentsAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> ErlangC.erlangB(-1, 2)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the agents must be 0 or more, but were -1");
    assertThatThrownBy(() -> ErlangC.erlangB(1, -2)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the traffic must be from 0 to 1000000 Erlangs, but was -2.0");
    assertThatThrownBy(() -> ErlangC.erlangB(1, Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("but was NaN");
    assertThatThrownBy(() -> ErlangC.erlangB(1, 2e6)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ErlangC.serviceLevel(14, 10, TARGET, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the average handling time must be positive, but was PT0S");
    assertThatThrownBy(() -> ErlangC.serviceLevel(14, 10, Duration.ofSeconds(-1), AHT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the target wait must be zero or more, but was PT-1S");
  }
}
