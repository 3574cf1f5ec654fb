package dev.pledge.escalation;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A condition that becomes true when a metric instance has used a share of its target in working
 * time, less a margin ({@code elapsed} with its {@code atLeast}, {@code breached} with a share of
 * 1, {@code remaining} with a share of 1 less its {@code atMost}, and only while the instance
 * runs). The
 * escalation engine finds these in a step's condition tree (through
 * {@link dev.pledge.rule.Condition#children()}) and computes the exact instant each threshold is
 * crossed, instead of polling. A condition type whose truth changes with time should implement
 * it; one that does not is only re-tested at event instants and at the crossings of the triggers
 * it sits beside.
 */
public interface WorkingTimeTrigger {

  /** The metric's wire name ({@code resolution}). */
  String metric();

  /** The share of the target that must be used ({@code 0.75}; {@code 1} for a breach); above 0. */
  BigDecimal share();

  /**
   * How much working time before the share of the target the trigger is reached: zero (the
   * default) for a share, {@code atMost} for a time-left warning. The threshold is
   * {@code ceil(share * target) - before}, at least zero (reached at the instance's start).
   */
  default Duration before() {
    return Duration.ZERO;
  }

  /**
   * Whether the condition holds only while the instance runs (a time-left warning, which a solve
   * ends), rather than from its threshold on for good. Such a trigger is reached at its threshold
   * even when the clock pauses exactly there; a share of the target is passed only when the clock
   * runs again (a pause at the deadline is no breach).
   */
  default boolean whileRunning() {
    return false;
  }
}
