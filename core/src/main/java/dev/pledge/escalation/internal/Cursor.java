package dev.pledge.escalation.internal;

import dev.pledge.escalation.CaseHistory;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.internal.CaseTimeline;
import dev.pledge.sla.internal.Track;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case's history at one instant, moved forward by the sweep: counts and line are set by the
 * sweep; the time-based answers come from the tracks, with each threshold crossing computed once
 * and cached. Single-threaded, one per evaluation.
 */
final class Cursor implements CaseHistory {
  private static final Metric[] METRICS = Metric.values();
  private static final java.util.Map<String, Metric> BY_NAME = java.util.Arrays.stream(METRICS)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Metric::wireName, m -> m));
  private final Plan plan;
  private final CaseTimeline timeline;
  private final List<Track> tracks;
  private final int[][] byMetric; // per metric: indexes into tracks, in number order
  private final int[] latest; // per metric: position in byMetric of the latest started track, -1 none
  private final List<ServicePolicy> policies = new ArrayList<>(2); // distinct, for the cache
  private final Instant[] crossings; // [track][trigger][policy]; UNKNOWN until computed
  private static final Instant UNKNOWN = Instant.MIN;
  Instant at;
  int transfers;
  int reopened;
  int messages;
  int line;

  Cursor(Plan plan, CaseTimeline timeline) {
    this.plan = plan;
    this.timeline = timeline;
    this.tracks = timeline.tracks();
    int[] counts = new int[METRICS.length];
    for (Track t : tracks) {
      counts[t.metric().ordinal()]++;
    }
    byMetric = new int[METRICS.length][];
    for (int m = 0; m < METRICS.length; m++) {
      byMetric[m] = new int[counts[m]];
      counts[m] = 0;
    }
    for (int k = 0; k < tracks.size(); k++) {
      int m = tracks.get(k).metric().ordinal();
      byMetric[m][counts[m]++] = k;
      policyIndex(tracks.get(k).policyAtStop());
    }
    for (int i = 0; i < timeline.selections(); i++) {
      policyIndex(timeline.selected(i));
    }
    latest = new int[METRICS.length];
    java.util.Arrays.fill(latest, -1);
    crossings = new Instant[tracks.size() * plan.triggerMetric.size() * Math.max(1, policies.size())];
    java.util.Arrays.fill(crossings, UNKNOWN);
  }

  /** Every crossing instant of every trigger, under every policy that can apply: the candidates. */
  void crossings(List<Instant> out) {
    for (int j = 0; j < plan.triggerMetric.size(); j++) {
      for (int k : byMetric[plan.triggerMetric.get(j).ordinal()]) {
        for (ServicePolicy p : policies) {
          Instant c = crossing(k, j, p);
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
  }

  /** Moves to {@code t}, which is not before the current instant. */
  void moveTo(Instant t) {
    at = t;
    for (int m = 0; m < METRICS.length; m++) {
      int[] ks = byMetric[m];
      while (latest[m] + 1 < ks.length && !tracks.get(ks[latest[m] + 1]).start().isAfter(t)) {
        latest[m]++;
      }
    }
  }

  /** The number of the latest instance of {@code metric} at the current instant; 0 if none. */
  int latestNumber(Metric metric) {
    int pos = latest[metric.ordinal()];
    return pos < 0 ? 0 : tracks.get(byMetric[metric.ordinal()][pos]).number();
  }

  @Override
  public Optional<BigDecimal> elapsedFraction(String metric) {
    int k = latestTrack(metric);
    ServicePolicy p = k < 0 ? null : policyFor(tracks.get(k));
    if (p == null) {
      return Optional.empty();
    }
    Track t = tracks.get(k);
    long target = p.target(t.metric()).orElseThrow().toNanos();
    long used = t.elapsedAt(p.calendar(), at);
    return Optional.of(BigDecimal.valueOf(used).divide(BigDecimal.valueOf(target), MathContext.DECIMAL64)
        .setScale(4, RoundingMode.DOWN).stripTrailingZeros());
  }

  @Override
  public boolean reached(String metric, BigDecimal share) {
    int k = latestTrack(metric);
    ServicePolicy p = k < 0 ? null : policyFor(tracks.get(k));
    if (p == null) {
      return false;
    }
    int j = plan.trigger(tracks.get(k).metric(), share);
    Instant c = j >= 0 ? crossing(k, j, p) : compute(tracks.get(k), p, share);
    return c != null && !c.isAfter(at);
  }

  @Override
  public int transfers() {
    return transfers;
  }

  @Override
  public int reopened() {
    return reopened;
  }

  @Override
  public int customerMessagesSinceReply() {
    return messages;
  }

  @Override
  public int line() {
    return line;
  }

  private int latestTrack(String metric) {
    Metric m = BY_NAME.get(metric);
    if (m == null || latest[m.ordinal()] < 0) {
      return -1;
    }
    return byMetric[m.ordinal()][latest[m.ordinal()]];
  }

  /** The policy measuring {@code t} now: the one at its stop once stopped, else the one in force; null if untargeted. */
  private ServicePolicy policyFor(Track t) {
    Instant stop = t.stopped();
    ServicePolicy p = stop != null && !at.isBefore(stop) ? t.policyAtStop() : timeline.policyAt(at);
    return p != null && p.targets(t.metric()) ? p : null;
  }

  private Instant crossing(int k, int j, ServicePolicy p) {
    int slot = (k * plan.triggerMetric.size() + j) * policies.size() + policyIndex(p);
    Instant c = crossings[slot];
    if (c == UNKNOWN) {
      c = p.targets(tracks.get(k).metric()) ? compute(tracks.get(k), p, plan.triggerShare.get(j)) : null;
      crossings[slot] = c;
    }
    return c;
  }

  private static Instant compute(Track t, ServicePolicy p, BigDecimal share) {
    Duration target = p.target(t.metric()).orElseThrow();
    long nanos = share.compareTo(BigDecimal.ONE) == 0 ? target.toNanos()
        : BigDecimal.valueOf(target.toNanos()).multiply(share).setScale(0, RoundingMode.CEILING).longValueExact();
    return t.reach(p.calendar(), nanos);
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
