package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;
import java.util.List;

/**
 * A case replayed up to an instant, kept as the raw material the escalation engine needs: the
 * checked events in replay order, how many of them were applied, the metric instances as tracks,
 * and the policy in force from each selection on. Never shared; internal to core.
 */
public final class CaseTimeline {
  private final CaseEvent[] events;
  private final int applied;
  private final List<Track> tracks;
  private final List<Instant> policyFrom;
  private final List<ServicePolicy> policies;

  CaseTimeline(CaseEvent[] events, int applied, List<Track> tracks, List<Instant> policyFrom,
      List<ServicePolicy> policies) {
    this.events = events;
    this.applied = applied;
    this.tracks = tracks;
    this.policyFrom = policyFrom;
    this.policies = policies;
  }

  /** The events in replay order (checked, repeated ids dropped), the {@code opened} event first. */
  public CaseEvent[] events() {
    return events;
  }

  /**
   * How many of {@link #events()} are at or before the evaluation instant; 0 when the case opens
   * after it.
   */
  public int applied() {
    return applied;
  }

  /** Every metric instance, in order of start. */
  public List<Track> tracks() {
    return tracks;
  }

  /** How many policy selections there were (1 + the number of priority changes). */
  public int selections() {
    return policyFrom.size();
  }

  /** When selection {@code i} was made. */
  public Instant selectedAt(int i) {
    return policyFrom.get(i);
  }

  /** The policy chosen by selection {@code i}; null if none matched. */
  public ServicePolicy selected(int i) {
    return policies.get(i);
  }

  /** The first selection after {@code at}, when the policy in force may change; null if none. */
  public Instant selectionAfter(Instant at) {
    for (int i = 1; i < policyFrom.size(); i++) {
      if (policyFrom.get(i).isAfter(at)) {
        return policyFrom.get(i);
      }
    }
    return null;
  }

  /** The policy in force at {@code at} (after the events at that instant); null if unpromised. */
  public ServicePolicy policyAt(Instant at) {
    ServicePolicy p = policies.get(0);
    for (int i = 1; i < policyFrom.size() && !policyFrom.get(i).isAfter(at); i++) {
      p = policies.get(i);
    }
    return p;
  }
}
