package dev.pledge.testkit;

import dev.pledge.report.Compliance;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.tier.TierStatus;

/**
 * The entry point of the Pledge assertions, in the style of AssertJ's {@code Assertions}: import
 * {@code PledgeAssertions.assertThat} statically beside AssertJ's and write
 *
 * <pre>{@code
 * assertThat(status).hasLevel("gold").isValidUntil(LocalDate.of(2027, 12, 31));
 * assertThat(outcome).hasPolicy("gold-email").keptPromise(Metric.FIRST_RESPONSE);
 * assertThat(compliance).meetsObjective("gold-email", Metric.RESOLUTION);
 * }</pre>
 *
 * <p>Failure messages show what the engine saw: a tier status with its metrics, progress and
 * history; a case outcome with why its policy was chosen and every metric instance; a compliance
 * fold with its rows.
 *
 * <p>As with AssertJ, {@code actual} may be {@code null}: the assertion is made, and its first
 * check fails with {@code Expecting actual not to be null}.
 */
public final class PledgeAssertions {
  private PledgeAssertions() {}

  /** Assertions on a customer's standing in a tier program. */
  public static TierStatusAssert assertThat(TierStatus actual) {
    return new TierStatusAssert(actual);
  }

  /** Assertions on what a case was promised and what was delivered. */
  public static CaseOutcomeAssert assertThat(CaseOutcome actual) {
    return new CaseOutcomeAssert(actual);
  }

  /** Assertions on promised versus delivered over many cases. */
  public static ComplianceAssert assertThat(Compliance actual) {
    return new ComplianceAssert(actual);
  }
}
