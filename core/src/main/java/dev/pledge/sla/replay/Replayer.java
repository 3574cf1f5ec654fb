package dev.pledge.sla.replay;

import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.internal.CaseReplay;
import java.time.Instant;
import java.util.List;

/**
 * Replays cases against one ordered list of service policies and keeps their timelines. Made once
 * per list of policies (it decides then which metrics are tracked); immutable and thread-safe.
 */
public interface Replayer {
  /** A replayer for {@code policies}, tried in the given order like {@code SlaEngine}'s. */
  static Replayer of(List<ServicePolicy> policies) {
    return CaseReplay.replayer(policies);
  }

  /**
   * Checks, orders and replays one case's {@code events} up to {@code asOf}, as
   * {@code SlaEngine#evaluate} does, and keeps the timeline instead of measuring it. When the case
   * opens after {@code asOf}, no event is applied and there is no track.
   *
   * @throws dev.pledge.sla.CaseEventException as {@code SlaEngine#evaluate} does
   */
  CaseTimeline timeline(List<CaseEvent> events, CustomerContext customer, Instant asOf);
}
