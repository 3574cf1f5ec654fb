package dev.pledge.escalation;

import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.internal.Plan;
import dev.pledge.escalation.internal.Sweep;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.SlaEngine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates cases against an {@link EscalationPolicy}, measuring their promises with an
 * {@link SlaEngine}: which steps are due, since exactly when, on which line the case is and who
 * owns it, and when to look again. Immutable and thread-safe; evaluation is a pure function of its
 * arguments (no clock, no I/O).
 */
public final class EscalationEngine {
  private final Plan plan;
  private final SlaEngine sla;

  private EscalationEngine(EscalationPolicy policy, SlaEngine sla) {
    this.plan = new Plan(policy, sla);
    this.sla = sla;
  }

  /** An engine for {@code policy}, whose time-based steps measure the promises of {@code sla}. */
  public static EscalationEngine of(EscalationPolicy policy, SlaEngine sla) {
    return new EscalationEngine(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(sla, "sla"));
  }

  /** The policy. */
  public EscalationPolicy policy() {
    return plan.policy();
  }

  /** The promises the time-based steps measure. */
  public SlaEngine sla() {
    return sla;
  }

  /**
   * Replays one case's events up to {@code asOf} and finds the steps due.
   *
   * <p>Every step falls due at the first instant its condition holds (for a time-based step, once
   * per instance of the metrics it watches; otherwise once per case) and stays due until recorded:
   * the first {@code n} times a step fell due, in time order, are recorded by its {@code n}
   * {@code escalated} events at or before {@code asOf}. The events are checked as
   * {@link SlaEngine#evaluate} checks them, and a case that opens after {@code asOf} has nothing due.
   *
   * @param events the events of one case, in any order
   * @param customer the customer and their levels, for the entry rules and the steps' conditions
   * @param asOf the evaluation instant; nothing after it is seen
   * @return the due steps, the line, the owner and the next instant to check
   * @throws dev.pledge.InvalidValueException if {@code events} is empty
   * @throws dev.pledge.sla.CaseEventException as {@link SlaEngine#evaluate} does, for bad events
   */
  public Escalations evaluate(List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    return Sweep.run(plan, events, customer, asOf);
  }

  @Override
  public String toString() {
    return "EscalationEngine[" + plan.policy() + ", " + sla + "]";
  }
}
