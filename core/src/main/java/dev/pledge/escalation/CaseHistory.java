package dev.pledge.escalation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the case-history conditions ({@code elapsed}, {@code breached}, {@code remaining}, {@code transfers},
 * {@code reopened}, {@code customer-messages}, {@code line}) read: a case's state at one instant.
 * Put into {@link dev.pledge.rule.Facts} as an extension by the escalation engine, which moves it
 * from instant to instant to find when each step falls due.
 *
 * <p>The time-based answers are about the <em>latest</em> instance of a metric (the one started
 * last at or before the instant, running or stopped), measured with the target and calendar of
 * the policy in force then, so a step can fire once per instance.
 */
public interface CaseHistory {

  /**
   * The share of its target that the latest instance of {@code metric} has used, in working
   * time ({@code 0.75} = 75 %), or empty if the metric has no instance or no target. For
   * explanations; tests use {@link #reached}.
   */
  Optional<BigDecimal> elapsedFraction(String metric);

  /**
   * Whether the latest instance of {@code metric} has used at least {@code share} of its target
   * while running: its working time reached {@code ceil(share * target)} nanoseconds at or
   * before the instant, and before the instance stopped (an instance stopped exactly when the
   * threshold is reached did not reach it, as an instance answered exactly at its deadline is
   * achieved). False with no instance or no target.
   */
  boolean reached(String metric, BigDecimal share);

  /**
   * Whether the latest instance of {@code metric} is breached: {@link #reached} with a share of 1,
   * so it holds from the instance's deadline on.
   */
  default boolean breached(String metric) {
    Objects.requireNonNull(metric, "metric");
    return reached(metric, BigDecimal.ONE);
  }

  /**
   * Whether the latest instance of {@code metric} runs (has not stopped; it may be paused) and has
   * at most {@code atMost} of working time left before its target: its working time reached
   * {@code target - atMost} (zero if that is negative) at or before the instant. A breached running
   * instance has none left, so it holds too; a stopped one never does. False with no instance or no
   * target.
   */
  boolean remainingAtMost(String metric, Duration atMost);

  /**
   * The working time the latest instance of {@code metric} has left before its target (zero once
   * breached), or empty if the metric has no instance or no target. For explanations; tests use
   * {@link #remainingAtMost}.
   */
  Optional<Duration> remaining(String metric);

  /** How many times the case was transferred. */
  int transfers();

  /** How many times the case was reopened after being solved. */
  int reopened();

  /** Customer messages since the last agent reply (all of them if there was no reply). */
  int customerMessagesSinceReply();

  /** The support line the case is on now (0 to 3). */
  int line();
}
