package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import java.util.Set;

/**
 * A test-only metric, added as one class: {@code transfer-pickup}, from a transfer to the next agent
 * reply (a transfer while one runs starts nothing); paused while pending by default; like every metric,
 * stopped by a solve. Registered with {@link Clocks#register}, beside the built-in clocks.
 */
final class TransferPickupClock extends MetricClock {
  static final Metric TRANSFER_PICKUP = Metric.of("transfer-pickup", Set.of(CaseStatus.PENDING));
  static final TransferPickupClock INSTANCE = new TransferPickupClock();

  TransferPickupClock() {
    super(TRANSFER_PICKUP, Set.of(CaseEventType.TRANSFER, CaseEventType.AGENT_REPLY));
  }

  @Override
  public void on(CaseEvent event, Case c) {
    if (event.type() == CaseEventType.TRANSFER && !c.running()) {
      c.start();
    } else if (event.type() == CaseEventType.AGENT_REPLY) {
      c.stop();
    }
  }
}
