package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.replay.CaseTimeline;
import java.time.Instant;
import java.util.List;

/** The {@link CaseTimeline} of one replayed case; see there. Never shared. */
final class ReplayedTimeline implements CaseTimeline {
  private final CaseEvent[] events;
  private final int applied;
  private final List<Track> tracks;
  private final List<Instant> policyFrom;
  private final List<ServicePolicy> policies;

  ReplayedTimeline(CaseEvent[] events, int applied, List<Track> tracks, List<Instant> policyFrom,
      List<ServicePolicy> policies) {
    this.events = events;
    this.applied = applied;
    this.tracks = tracks;
    this.policyFrom = policyFrom;
    this.policies = policies;
  }

  @Override
  public CaseEvent[] events() {
    return events;
  }

  @Override
  public int applied() {
    return applied;
  }

  @Override
  public List<Track> tracks() {
    return tracks;
  }

  @Override
  public int selections() {
    return policyFrom.size();
  }

  @Override
  public Instant selectedAt(int i) {
    return policyFrom.get(i);
  }

  @Override
  public ServicePolicy selected(int i) {
    return policies.get(i);
  }

  @Override
  public Instant selectionAfter(Instant at) {
    for (int i = 1; i < policyFrom.size(); i++) {
      if (policyFrom.get(i).isAfter(at)) {
        return policyFrom.get(i);
      }
    }
    return null;
  }

  @Override
  public ServicePolicy policyAt(Instant at) {
    ServicePolicy p = policies.get(0);
    for (int i = 1; i < policyFrom.size() && !policyFrom.get(i).isAfter(at); i++) {
      p = policies.get(i);
    }
    return p;
  }
}
