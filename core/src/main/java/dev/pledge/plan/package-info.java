/**
 * Planning the service that the promises need (docs/planning.md): {@link dev.pledge.plan.PromiseAudit}
 * says whether each promise is honest against its history, and {@link dev.pledge.plan.Staffing} finds,
 * interval by interval, the agents that keep a policy's first-response promise under Erlang C
 * ({@link dev.pledge.plan.ErlangC}), from a forecast or from the {@link dev.pledge.plan.WeekProfile} of
 * past cases.
 */
package dev.pledge.plan;
