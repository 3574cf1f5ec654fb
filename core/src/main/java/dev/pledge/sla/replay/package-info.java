/**
 * The one seam through which another feature reads promise internals: a case replayed by the
 * service-promise engine, kept as raw material (the events, the metric instances as tracks in
 * wall-clock time, the policy in force over time), for the escalation engine, which needs when each
 * threshold is crossed and not only the outcome. The engine behind it is in {@code sla.internal};
 * nothing else outside {@code dev.pledge.sla} may import that.
 *
 * <p>Not exported from the module: this is core's own seam, not public API. Answers that may be
 * absent are {@code null} (documented per method), because the escalation sweep asks them in its
 * inner loop and must not allocate.
 */
package dev.pledge.sla.replay;
