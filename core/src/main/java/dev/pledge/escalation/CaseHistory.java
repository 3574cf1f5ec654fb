package dev.pledge.escalation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the case-history conditions ({@code elapsed}, {@code breached}, {@code transfers},
 * {@code reopened}, {@code customer-messages}, {@code line}) read: a case's state at the instant
 * of evaluation. Put into {@link dev.pledge.rule.Facts} as an extension by the escalation engine.
 */
public interface CaseHistory {

  /**
   * The share of its target that the latest instance of {@code metric} has used, in working
   * time ({@code 0.75} = 75 %), or empty if the metric has no instance or no target.
   */
  Optional<BigDecimal> elapsedFraction(String metric);

  /** Whether an instance of {@code metric} is breached. */
  boolean breached(String metric);

  /** How many times the case was transferred. */
  int transfers();

  /** How many times the case was reopened after being solved. */
  int reopened();

  /** Customer messages since the last agent reply (all of them if there was no reply). */
  int customerMessagesSinceReply();

  /** The support line the case is on now (0 to 3). */
  int line();
}
