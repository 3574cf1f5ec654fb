package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * {@code agent-work}: like resolution, from {@code opened} to solved and resumed by a reopen, but
 * by default also paused while on-hold (waiting on a third party is not the agent's time either).
 */
final class AgentWorkClock extends MetricClock {
  AgentWorkClock() {
    super(Metric.AGENT_WORK,
        Set.of(CaseEventType.OPENED, CaseEventType.STATUS));
  }

  @Override
  public void on(CaseEvent event, Case c) {
    if (event.type() == CaseEventType.OPENED) {
      c.start();
    } else if (event.type() == CaseEventType.STATUS
        && c.previousStatus() == CaseStatus.SOLVED && c.status().unsolved()) {
      c.resume();
    }
  }
}
