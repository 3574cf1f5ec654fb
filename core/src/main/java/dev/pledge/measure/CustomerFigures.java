package dev.pledge.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Who was active in a period, who came, who came back and who left (docs/measures.md).
 *
 * @param activeAtStart customers active at the period's start (an active activity within
 *     {@code churnAfter} before it)
 * @param active customers active at the period's end (for the period that holds {@code asOf}: at
 *     {@code asOf})
 * @param newCustomers customers whose first active activity ever falls in the period
 * @param repeat customers active before the period and again in it
 * @param churned churns in the period: a stretch of activity (its last active activity plus
 *     {@code churnAfter}, with no active activity in between) ends in it; a customer who churns
 *     twice in one period counts twice
 * @param amountNew the sum of {@code amount} of the new customers' active activities in the period
 * @param amountRepeat the same for the repeat customers
 */
public record CustomerFigures(long activeAtStart, long active, long newCustomers, long repeat, long churned,
    BigDecimal amountNew, BigDecimal amountRepeat) {

  /** Checks the components. */
  public CustomerFigures {
    Objects.requireNonNull(amountNew, "amountNew");
    Objects.requireNonNull(amountRepeat, "amountRepeat");
  }

  /** {@code churned / activeAtStart}; empty when no customer was active at the start. */
  public OptionalDouble churnRate() {
    return activeAtStart == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) churned / activeAtStart);
  }
}
