package dev.pledge.escalation;

import java.math.BigDecimal;

/**
 * A condition that becomes true when a metric instance has used a share of its target in working
 * time ({@code elapsed} with its {@code atLeast}, {@code breached} with a share of 1). The
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
}
