package dev.pledge.escalation.internal;

import dev.pledge.escalation.CaseHistory;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.replay.CaseTimeline;
import dev.pledge.sla.replay.InstanceTrack;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The case's history at one instant, moved forward by the sweep: counts and line are set by the
 * sweep; the time-based answers come from the tracks, with each threshold crossing computed only
 * when needed, once ({@link Crossings}). Single-threaded, one per evaluation.
 */
final class Cursor implements CaseHistory {
  private static final java.util.Map<String, Metric> BY_NAME = java.util.Arrays.stream(Metric.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Metric::wireName, m -> m));
  private final Plan plan;
  private final CaseTimeline timeline;
  private final List<? extends InstanceTrack> tracks;
  private final int[] latest; // per metric: the index in tracks of its latest started instance, -1 none
  private int started; // how many tracks (in order of start) have started at the current instant
  private final List<ServicePolicy> policies = new ArrayList<>(2); // distinct, for the cache
  private final Crossings crossings;
  /** Read bits: what a step's condition read, so the sweep re-tests it only when one of them changed. */
  static final long TRANSFERS = 1;
  static final long REOPENED = 1 << 1;
  static final long MESSAGES = 1 << 2;
  static final long LINE = 1 << 3;
  /** Something that can change between candidates without notice (elapsedFraction, an unplanned share). */
  static final long VOLATILE = 1 << 4;
  private static final int FIRST_TRIGGER_BIT = 5;
  private final boolean[] reachedNow; // per trigger: its value at the current instant, set by refresh
  private final int[] trackNow; // per trigger: the latest instance of its metric, -1 none or untargeted
  private final int[] policyNow; // per trigger: the policy measuring that instance, for crossings
  private boolean stale = true; // trackNow and policyNow must be recomputed
  private Instant staleAt; // when they must be recomputed next (a stop, a new selection); null never
  private Instant horizon; // no trigger's value changes before it (with the same instances); null never
  long reads;
  private final int[] snapshot = new int[4];
  Instant at;
  int transfers;
  int reopened;
  int messages;
  int line;

  Cursor(Plan plan, CaseTimeline timeline) {
    this.plan = plan;
    this.timeline = timeline;
    this.tracks = timeline.tracks();
    for (int k = 0; k < tracks.size(); k++) {
      policyIndex(tracks.get(k).policyAtStop());
    }
    for (int i = 0; i < timeline.selections(); i++) {
      policyIndex(timeline.selected(i));
    }
    latest = new int[plan.metricSlots];
    java.util.Arrays.fill(latest, -1);
    crossings = new Crossings(plan, tracks, policies.toArray(new ServicePolicy[0]));
    reachedNow = new boolean[plan.triggerMetric.size()];
    trackNow = new int[reachedNow.length];
    policyNow = new int[reachedNow.length];
  }

  /** Remembers the counts and the line, for {@link #changedSinceSnapshot}. */
  void snapshot() {
    snapshot[0] = transfers;
    snapshot[1] = reopened;
    snapshot[2] = messages;
    snapshot[3] = line;
  }

  /** The read bits of the counts and the line that differ from the last {@link #snapshot}. */
  long changedSinceSnapshot() {
    return (snapshot[0] != transfers ? TRANSFERS : 0) | (snapshot[1] != reopened ? REOPENED : 0)
        | (snapshot[2] != messages ? MESSAGES : 0) | (snapshot[3] != line ? LINE : 0);
  }

  /** How many read bits there are with {@code triggers} triggers. */
  static int bits(int triggers) {
    return Math.min(Long.SIZE, FIRST_TRIGGER_BIT + triggers);
  }

  /** The read bit of trigger {@code j}; {@link #VOLATILE} past the bits a long holds. */
  static long triggerBit(int j) {
    return j + FIRST_TRIGGER_BIT < Long.SIZE ? 1L << (j + FIRST_TRIGGER_BIT) : VOLATILE;
  }

  /**
   * Recomputes every trigger's value at the current instant (after {@link #moveTo} and the events
   * up to it) and returns the read bits of those whose value changed.
   */
  long refresh() {
    if (stale) {
      Instant next = timeline.selectionAfter(at);
      // the latest instance, its stop and the policy in force change only at events: in between,
      // a trigger's value changes only when the instant passes its crossing
      for (int j = 0; j < reachedNow.length; j++) {
        int k = latestTrack(plan.triggerMetric.get(j));
        ServicePolicy p = k < 0 ? null : policyFor(tracks.get(k));
        trackNow[j] = p == null ? -1 : k;
        policyNow[j] = p == null ? -1 : crossings.policyIndex(p);
        // a trigger that holds only while running changes at a solve and a reopen too
        Instant stop = k < 0 ? null : plan.whileRunning[j] ? tracks.get(k).nextRunChange(at) : tracks.get(k).stopped();
        if (stop != null && stop.isAfter(at) && (next == null || stop.isBefore(next))) {
          next = stop;
        }
      }
      staleAt = next;
      stale = false;
    } else if (horizon == null || at.isBefore(horizon)) {
      return 0; // same instances and policies, and no crossing passed: no value changed
    }
    long changed = 0;
    for (int j = 0; j < reachedNow.length; j++) {
      boolean now = trackNow[j] >= 0 && crossings.reachedBy(trackNow[j], j, policyNow[j], at)
          && (!plan.whileRunning[j] || tracks.get(trackNow[j]).runningAt(at));
      if (now != reachedNow[j]) {
        reachedNow[j] = now;
        changed |= triggerBit(j);
      }
    }
    horizon();
    return changed;
  }

  /** Sets {@link #horizon}: the first instant after the current one at which a value may change. */
  private void horizon() {
    horizon = null;
    for (int j = 0; j < trackNow.length; j++) {
      Instant c = trackNow[j] < 0 ? null : crossings.changeAfter(trackNow[j], j, policyNow[j], at);
      if (c != null && (horizon == null || c.isBefore(horizon))) {
        horizon = c;
      }
    }
  }

  /**
   * The first instant after the current one, and before {@code limit} (null: no limit), at which a
   * trigger's value changes if no event comes first: the next crossing of the latest instances under
   * the policies measuring them now (after {@link #refresh}); {@code limit} if there is none before.
   */
  Instant nextCrossing(Instant limit) {
    if (horizon == null || limit != null && !horizon.isBefore(limit)) {
      return limit; // no crossing can come before the limit
    }
    Instant best = limit;
    for (int j = 0; j < trackNow.length; j++) {
      if (trackNow[j] >= 0) {
        best = crossings.earlier(trackNow[j], j, policyNow[j], at, best);
      }
    }
    horizon(); // crossings computed on the way may lift it
    return best;
  }

  /** Every crossing instant of every trigger, under every policy that can apply. */
  void crossings(List<Instant> out) {
    for (int j = 0; j < plan.triggerMetric.size(); j++) {
      for (int k = 0; k < tracks.size(); k++) {
        if (tracks.get(k).metric() != plan.triggerMetric.get(j)) {
          continue;
        }
        for (ServicePolicy p : policies) {
          Instant c = crossings.get(k, j, p);
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
  }

  /**
   * Moves to {@code t}, which is not before the current instant (after the events up to it).
   *
   * @return whether the latest instance of some metric changed
   */
  boolean moveTo(Instant t) {
    at = t;
    boolean moved = false;
    for (; started < tracks.size() && !tracks.get(started).start().isAfter(t); started++) {
      latest[tracks.get(started).metric().ordinal()] = started; // tracks are in order of start
      moved = true;
    }
    // the policy measuring an instance changes only at its stop or at a new selection
    stale |= moved || staleAt != null && !t.isBefore(staleAt);
    return moved;
  }

  /** The number of the latest instance of {@code metric} at the current instant; 0 if none. */
  int latestNumber(Metric metric) {
    int k = latestTrack(metric);
    return k < 0 ? 0 : tracks.get(k).number();
  }

  @Override
  public Optional<BigDecimal> elapsedFraction(String metric) {
    Objects.requireNonNull(metric, "metric");
    Optional<long[]> usage = usage(metric);
    if (usage.isEmpty()) {
      return Optional.empty();
    }
    long used = usage.get()[0];
    long target = usage.get()[1];
    return Optional.of(BigDecimal.valueOf(used).divide(BigDecimal.valueOf(target), MathContext.DECIMAL64)
        .setScale(4, RoundingMode.DOWN).stripTrailingZeros());
  }

  @Override
  public boolean reached(String metric, BigDecimal share) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(share, "share");
    return reachedNow(metric, share, Duration.ZERO, false);
  }

  @Override
  public boolean remainingAtMost(String metric, Duration atMost) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(atMost, "atMost");
    return reachedNow(metric, BigDecimal.ONE, atMost, true);
  }

  /**
   * Whether the latest instance of {@code metric} has reached {@code share} of its target less
   * {@code before} by now (and, {@code whileRunning}, still runs): the plan's value for a trigger it
   * planned, else computed here (and then re-tested at every candidate).
   */
  private boolean reachedNow(String metric, BigDecimal share, Duration before, boolean whileRunning) {
    int j = plan.trigger(metric, share, before, whileRunning);
    if (j >= 0) { // a trigger of the plan: its value was computed by refresh
      reads |= triggerBit(j);
      return reachedNow[j];
    }
    reads |= VOLATILE;
    int k = latestTrack(metric);
    ServicePolicy p = k < 0 ? null : policyFor(tracks.get(k));
    if (p == null || whileRunning && !tracks.get(k).runningAt(at)) {
      return false;
    }
    InstanceTrack t = tracks.get(k);
    long threshold = Math.max(0, Crossings.threshold(p.target(t.metric()).orElseThrow(), share) - before.toNanos());
    Instant c = t.reach(p, threshold, whileRunning);
    return c != null && !c.isAfter(at);
  }

  @Override
  public Optional<Duration> remaining(String metric) {
    Objects.requireNonNull(metric, "metric");
    return usage(metric).map(u -> Duration.ofNanos(Math.max(0, u[1] - u[0])));
  }

  /**
   * The working time the latest instance of {@code metric} has used by now and its target, in
   * nanoseconds, under the policy measuring it; empty with no instance or no target. Read every
   * time (the answer changes with the instant).
   */
  private Optional<long[]> usage(String metric) {
    reads |= VOLATILE;
    int k = latestTrack(metric);
    ServicePolicy p = k < 0 ? null : policyFor(tracks.get(k));
    if (p == null) {
      return Optional.empty();
    }
    InstanceTrack t = tracks.get(k);
    return Optional.of(new long[] {t.elapsedAt(p, at), p.target(t.metric()).orElseThrow().toNanos()});
  }

  @Override
  public int transfers() {
    reads |= TRANSFERS;
    return transfers;
  }

  @Override
  public int reopened() {
    reads |= REOPENED;
    return reopened;
  }

  @Override
  public int customerMessagesSinceReply() {
    reads |= MESSAGES;
    return messages;
  }

  @Override
  public int line() {
    reads |= LINE;
    return line;
  }

  private int latestTrack(String metric) {
    Metric m = BY_NAME.get(metric);
    if (m == null) { // not built in: made with Metric.of, or no metric at all
      m = Metric.fromWireName(metric).orElse(null);
    }
    return m == null ? -1 : latestTrack(m);
  }

  private int latestTrack(Metric m) {
    return m.ordinal() < latest.length ? latest[m.ordinal()] : -1; // past the end: no promise targets it
  }

  /** The policy measuring {@code t} now: the one at its stop once stopped, else the one in force; null if untargeted. */
  private ServicePolicy policyFor(InstanceTrack t) {
    Instant stop = t.stopped();
    ServicePolicy p = stop != null && !at.isBefore(stop) ? t.policyAtStop() : timeline.policyAt(at);
    return p != null && p.targets(t.metric()) ? p : null;
  }

  private int policyIndex(ServicePolicy p) {
    if (p == null) {
      return -1;
    }
    for (int i = 0; i < policies.size(); i++) {
      if (policies.get(i) == p) {
        return i;
      }
    }
    policies.add(p);
    return policies.size() - 1;
  }
}
