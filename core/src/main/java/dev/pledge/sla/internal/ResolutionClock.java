package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * {@code resolution}: from {@code opened} to solved (the replay stops it); paused while pending by default; a
 * reopen resumes the same instance.
 */
final class ResolutionClock extends MetricClock {
  ResolutionClock() {
    super(Metric.RESOLUTION, Set.of(CaseEventType.OPENED, CaseEventType.STATUS));
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
