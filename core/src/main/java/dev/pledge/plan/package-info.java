/**
 * Planning the service that the promises need: {@link dev.pledge.plan.Staffing} finds, interval by
 * interval, the agents that keep a policy's first-response promise under Erlang C
 * ({@link dev.pledge.plan.ErlangC}), from a forecast or from the {@link dev.pledge.plan.WeekProfile}
 * of past cases. The formulas and their assumptions are in docs/planning.md.
 */
package dev.pledge.plan;
