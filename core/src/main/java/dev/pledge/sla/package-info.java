/**
 * Service promises: {@link dev.pledge.sla.ServicePolicy} says what a case is promised, and
 * {@link dev.pledge.sla.SlaEngine} replays a case's {@link dev.pledge.sla.CaseEvent}s into a
 * {@link dev.pledge.sla.CaseOutcome}: the policy chosen, why, and every metric instance.
 */
package dev.pledge.sla;
