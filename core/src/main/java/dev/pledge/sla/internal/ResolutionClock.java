package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * {@code resolution}: from {@code opened} to solved (the replay stops it); paused while pending; a
 * reopen resumes the same instance.
 */
final class ResolutionClock extends MetricClock {
  private static final Set<CaseEventType> MOVES_AT = Set.of(CaseEventType.OPENED, CaseEventType.STATUS);

  @Override
  public Metric metric() {
    return Metric.RESOLUTION;
  }

  @Override
  public Set<CaseEventType> movesAt() {
    return MOVES_AT;
  }

  @Override
  public boolean pausedIn(CaseStatus status) {
    return status == CaseStatus.PENDING;
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
