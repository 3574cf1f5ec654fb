package dev.pledge.sla.replay;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;
import java.util.List;

/**
 * A case replayed up to an instant: the checked events in replay order, how many of them were
 * applied, the metric instances as tracks, and the policy in force from each selection on. Made by
 * {@link Replayer}; never shared, not thread-safe.
 */
public interface CaseTimeline {
  /** The events in replay order (checked, repeated ids dropped), the {@code opened} event first. */
  CaseEvent[] events();

  /** How many of {@link #events()} are at or before the evaluation instant; 0 when the case opens after it. */
  int applied();

  /** Every metric instance of a tracked metric, in order of start. */
  List<? extends InstanceTrack> tracks();

  /** How many policy selections there were (1 + the number of priority changes); 0 if none applied. */
  int selections();

  /** When selection {@code i} was made. */
  Instant selectedAt(int i);

  /** The policy chosen by selection {@code i}; null if none matched. */
  ServicePolicy selected(int i);

  /** The first selection after {@code at}, when the policy in force may change; null if none. */
  Instant selectionAfter(Instant at);

  /** The policy in force at {@code at} (after the events at that instant); null if unpromised. */
  ServicePolicy policyAt(Instant at);
}
