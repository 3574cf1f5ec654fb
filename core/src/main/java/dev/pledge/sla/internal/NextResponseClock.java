package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * {@code next-response}: one instance per customer wait after the first reply, from the customer's
 * message to the next agent reply; never paused by default. A message while solved starts one at the reopen
 * (the flag remembers it until then, or until an agent replies).
 */
final class NextResponseClock extends MetricClock {
  NextResponseClock() {
    super(Metric.NEXT_RESPONSE,
        Set.of(CaseEventType.CUSTOMER_MESSAGE, CaseEventType.AGENT_REPLY, CaseEventType.STATUS));
  }

  @Override
  public void on(CaseEvent event, Case c) {
    switch (event.type()) {
      case CUSTOMER_MESSAGE:
        if (c.replied() && !c.hasInstance()) {
          if (c.status().unsolved()) {
            c.start();
          } else if (c.status() == CaseStatus.SOLVED) {
            c.flag(true);
          }
        }
        break;
      case AGENT_REPLY:
        c.flag(false);
        c.stop();
        c.forget();
        break;
      case STATUS:
        if (c.previousStatus().unsolved() && !c.status().unsolved()) {
          c.forget(); // the replay stopped it
        } else if (c.previousStatus() == CaseStatus.SOLVED && c.status().unsolved() && c.flag()) {
          c.flag(false);
          c.start();
        }
        break;
      default:
        break;
    }
  }
}
