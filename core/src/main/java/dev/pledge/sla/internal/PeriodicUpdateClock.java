package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * {@code periodic-update}: one instance per gap between agent replies while unsolved, each reply
 * stopping one and starting the next; paused while pending by default.
 */
final class PeriodicUpdateClock extends MetricClock {
  PeriodicUpdateClock() {
    super(Metric.PERIODIC_UPDATE, Set.of(CaseEventType.AGENT_REPLY, CaseEventType.STATUS));
  }

  @Override
  public void on(CaseEvent event, Case c) {
    if (event.type() == CaseEventType.AGENT_REPLY) {
      if (c.status().unsolved()) {
        c.stop();
        c.forget();
        c.start();
      }
    } else if (event.type() == CaseEventType.STATUS
        && c.previousStatus().unsolved() && !c.status().unsolved()) {
      c.forget(); // the replay stopped it
    }
  }
}
