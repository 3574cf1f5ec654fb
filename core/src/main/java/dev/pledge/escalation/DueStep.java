package dev.pledge.escalation;

import dev.pledge.customer.Activity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A step that fell due and is not yet recorded by an {@code escalated} event.
 *
 * @param step the step's id
 * @param dueAt the exact instant it fell due (the first instant its condition held)
 * @param actions what it asks for
 * @param compensation the activity for the tier program named by the {@code compensate} action,
 *     if there is one: the case's customer, at {@code dueAt}, with an id made of the case, the step
 *     and the instance, so feeding it twice counts once
 */
public record DueStep(String step, Instant dueAt, StepActions actions, Optional<Activity> compensation) {

  /** Checks the components. */
  public DueStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(compensation, "compensation");
  }
}
