package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.Metric;
import java.util.Set;

/** {@code first-response}: from {@code opened} to the first agent reply; never paused by default. */
final class FirstResponseClock extends MetricClock {
  FirstResponseClock() {
    super(Metric.FIRST_RESPONSE, Set.of(CaseEventType.OPENED, CaseEventType.AGENT_REPLY));
  }

  @Override
  public void on(CaseEvent event, Case c) {
    if (event.type() == CaseEventType.OPENED) {
      c.start();
    } else if (event.type() == CaseEventType.AGENT_REPLY) {
      c.stop(); // the first reply stops it; later ones find it stopped
    }
  }
}
