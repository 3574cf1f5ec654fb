package dev.pledge;

import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseOutcome;
import java.util.Objects;

/**
 * One case evaluated at one instant: its promises and its escalation steps, as
 * {@link Pledge#evaluateCase} gives them.
 *
 * @param outcome every promised metric instance of the case, measured
 * @param escalations the steps due, the case's line and owner, and when to look again
 */
public record CaseResult(CaseOutcome outcome, Escalations escalations) {

  /** Checks the components. */
  public CaseResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(escalations, "escalations");
  }
}
