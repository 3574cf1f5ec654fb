package dev.pledge.sla.internal;

import dev.pledge.customer.CustomerContext;
import dev.pledge.rule.Explanation;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.replay.CaseTimeline;
import dev.pledge.sla.replay.Replayer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replays one case's events in time order and measures its metric instances: at each event it
 * applies the rules common to every metric (each running instance records the unsolved status it
 * is in, which pauses it or not under the policy that measures it; every instance stops at a solve
 * or close), then lets each metric's {@link MetricClock} start, stop or resume
 * that metric's instances. Every targeted metric is tracked whatever the policy in force; the policy
 * only decides which instances are promised and with what target and calendar. One instance per
 * call; not thread-safe, never shared. It is the clocks' {@link MetricClock.Case}, for the clock
 * whose turn it is.
 */
public final class CaseReplay implements MetricClock.Case {
  private final PolicySelector selector;
  private final ClockSet set;
  private final MetricClock[] clocks; // the targeted metrics' clocks, in metric order
  private final List<Track> tracks = new ArrayList<>();
  private final Track[] current; // per clock: its current instance, null none
  private final int[] counts; // per clock: how many instances it started
  private final boolean[] flags; // per clock: its one bit about the case
  private int turn; // the clock being called
  private Instant at; // the event being replayed
  private CaseStatus status = CaseStatus.OPEN;
  private CaseStatus previous = CaseStatus.OPEN;
  private ServicePolicy policy;
  private boolean replied;
  private final List<Instant> policyFrom = new ArrayList<>(2);
  private final List<ServicePolicy> policyAt = new ArrayList<>(2);

  private CaseReplay(PolicySelector selector, ClockSet set) {
    this.selector = selector;
    this.set = set;
    this.clocks = set.clocks;
    current = new Track[clocks.length];
    counts = new int[clocks.length];
    flags = new boolean[clocks.length];
  }

  /**
   * Checks, orders and replays {@code events}; see {@code SlaEngine#evaluate}. Only the metrics of
   * {@code clocks} (those some policy targets, from {@link Clocks#targeted}) are tracked.
   */
  public static CaseOutcome run(List<ServicePolicy> policies, ClockSet clocks, List<CaseEvent> events,
      CustomerContext customer, Instant asOf) {
    CaseEvent[] ordered = EventOrder.checked(events);
    CaseEvent opened = ordered[0];
    if (opened.at().isAfter(asOf)) {
      return new CaseOutcome(opened.caseId(), CaseOutcome.Promise.NOT_YET_OPENED, Optional.empty(),
          Explanation.leaf("opened", false, "the case opens at " + opened.at()
              + ", after the evaluation instant " + asOf), List.of(), asOf);
    }
    CaseReplay replay = new CaseReplay(new PolicySelector(policies, customer, opened), clocks);
    replay.open(opened);
    for (int i = 1; i < ordered.length && !ordered[i].at().isAfter(asOf); i++) {
      replay.apply(ordered[i]);
    }
    return replay.outcome(opened.caseId(), asOf);
  }

  /** The seam's {@link Replayer} over {@code policies}: it keeps the tracks instead of measuring them. */
  public static Replayer replayer(List<ServicePolicy> policies) {
    List<ServicePolicy> copy = List.copyOf(policies);
    ClockSet clocks = Clocks.targeted(copy);
    return (events, customer, asOf) -> timeline(copy, clocks, events, customer, asOf);
  }

  private static CaseTimeline timeline(List<ServicePolicy> policies, ClockSet clocks,
      List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    CaseEvent[] ordered = EventOrder.checked(events);
    CaseEvent opened = ordered[0];
    CaseReplay replay = new CaseReplay(new PolicySelector(policies, customer, opened), clocks);
    if (opened.at().isAfter(asOf)) {
      return new ReplayedTimeline(ordered, 0, List.of(), List.of(), List.of());
    }
    replay.open(opened);
    int applied = 1;
    for (; applied < ordered.length && !ordered[applied].at().isAfter(asOf); applied++) {
      replay.apply(ordered[applied]);
    }
    return new ReplayedTimeline(ordered, applied, replay.tracks, replay.policyFrom, replay.policyAt);
  }

  private void open(CaseEvent opened) {
    policy = selector.select(opened.at(), opened.priority().orElseThrow());
    policyFrom.add(opened.at());
    policyAt.add(policy);
    moveClocks(opened);
  }

  private void apply(CaseEvent event) {
    previous = status;
    if (event.type() == CaseEventType.AGENT_REPLY) {
      replied = true;
    } else if (event.type() == CaseEventType.STATUS) {
      changeStatus(event.at(), event.status().orElseThrow());
    } else if (event.type() == CaseEventType.PRIORITY) {
      policy = selector.select(event.at(), event.priority().orElseThrow());
      policyFrom.add(event.at());
      policyAt.add(policy);
    }
    moveClocks(event);
  }

  /** The rules common to every metric: running instances follow the unsolved status, and a solve or close stops every one. */
  private void changeStatus(Instant when, CaseStatus next) {
    status = next;
    if (previous.unsolved() && next.unsolved()) {
      for (Track t : current) {
        if (t != null && t.running()) {
          t.mark(when, next);
        }
      }
    } else if (previous.unsolved()) {
      for (Track t : current) {
        if (t != null && t.running()) {
          t.stop(when, policy);
        }
      }
    }
  }

  private void moveClocks(CaseEvent event) {
    at = event.at();
    for (int i : set.byType[event.type().ordinal()]) {
      turn = i;
      clocks[i].on(event, this);
    }
  }

  @Override
  public CaseStatus status() {
    return status;
  }

  @Override
  public CaseStatus previousStatus() {
    return previous;
  }

  @Override
  public boolean replied() {
    return replied;
  }

  @Override
  public boolean hasInstance() {
    return current[turn] != null;
  }

  @Override
  public boolean running() {
    Track t = current[turn];
    return t != null && t.running();
  }

  @Override
  public void start() {
    Track track = new Track(set.metrics[turn], ++counts[turn], at, status);
    tracks.add(track);
    current[turn] = track;
  }

  @Override
  public void stop() {
    Track t = current[turn];
    if (t != null && t.running()) {
      t.stop(at, policy);
    }
  }

  @Override
  public void resume() {
    Track t = current[turn];
    if (t != null) {
      t.resume(at, status);
    }
  }

  @Override
  public void forget() {
    current[turn] = null;
  }

  @Override
  public boolean flag() {
    return flags[turn];
  }

  @Override
  public void flag(boolean value) {
    flags[turn] = value;
  }

  private CaseOutcome outcome(String caseId, Instant asOf) {
    List<MetricInstance> instances = new ArrayList<>(tracks.size());
    for (Metric metric : set.metrics) {
      for (Track t : tracks) {
        if (t.metric != metric) {
          continue;
        }
        ServicePolicy applies = t.running() ? policy : t.policyAtStop();
        if (applies != null && applies.targets(t.metric)) {
          instances.add(t.measure(applies, asOf));
        }
      }
    }
    Supplier<Explanation> why = selector.explainer();
    return policy == null
        ? new CaseOutcome(caseId, CaseOutcome.Promise.UNPROMISED, Optional.empty(), why, instances, asOf)
        : new CaseOutcome(caseId, CaseOutcome.Promise.PROMISED, Optional.of(policy), why, instances, asOf);
  }
}
