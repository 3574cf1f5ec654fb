package dev.pledge.escalation.internal;

import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.replay.InstanceTrack;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The instants at which each metric instance reaches each trigger's threshold (a share of its
 * target, less a margin), under
 * each policy that can measure it, computed only when asked and then cached. Before computing
 * one, the sweep can ask for a cheap lower bound: the instance's start plus the threshold in wall
 * time (working time never runs faster than the clock), or the crossing of a smaller share of the
 * same metric (the working time only grows); a stopped instance whose bound is not before its stop
 * never crosses. Single-threaded, one per evaluation.
 */
final class Crossings {
  /** Not computed yet. */
  static final Instant UNKNOWN = Instant.MIN;
  private final Plan plan;
  private final List<? extends InstanceTrack> tracks;
  private final ServicePolicy[] policies; // distinct: every policy that can measure a track
  private final int triggers;
  private final Instant[] cache; // [track][trigger][policy]; UNKNOWN until computed, null never
  private final Instant[] starts; // [track][trigger][policy]: start plus threshold; null until computed
  private final long[] nanos; // [trigger][policy]: the threshold in nanoseconds; -1 until computed

  Crossings(Plan plan, List<? extends InstanceTrack> tracks, ServicePolicy[] policies) {
    this.plan = plan;
    this.tracks = tracks;
    this.policies = policies;
    this.triggers = plan.triggerMetric.size();
    int width = Math.max(1, policies.length);
    cache = new Instant[tracks.size() * triggers * width];
    Arrays.fill(cache, UNKNOWN);
    starts = new Instant[cache.length];
    nanos = new long[triggers * width];
    Arrays.fill(nanos, -1);
  }

  /** The index of {@code p} among the distinct policies, for the other methods. */
  int policyIndex(ServicePolicy p) {
    for (int i = 0; i < policies.length; i++) {
      if (policies[i] == p) {
        return i;
      }
    }
    throw new IllegalStateException("policy " + p.id() + " cannot measure the case's instances");
  }

  private int slot(int k, int j, int pi) {
    return (k * triggers + j) * policies.length + pi;
  }

  /** The crossing of trigger {@code j} by track {@code k} under {@code p}; null if it never crosses. */
  Instant get(int k, int j, ServicePolicy p) {
    return get(k, j, policyIndex(p), slot(k, j, policyIndex(p)));
  }

  private Instant get(int k, int j, int pi, int slot) {
    Instant c = cache[slot];
    if (c == UNKNOWN) {
      InstanceTrack t = tracks.get(k);
      ServicePolicy p = policies[pi];
      c = p.targets(t.metric()) ? t.reach(p, threshold(j, pi), plan.whileRunning[j]) : null;
      cache[slot] = c;
    }
    return c;
  }

  /**
   * Whether track {@code k} has reached trigger {@code j} under policy {@code pi} at {@code at},
   * computing the crossing only when its lower bound is not after {@code at}. The policy targets
   * the metric.
   */
  boolean reachedBy(int k, int j, int pi, Instant at) {
    int slot = slot(k, j, pi);
    Instant c = cache[slot];
    if (c == UNKNOWN) {
      Instant bound = lowerBound(k, j, pi, slot);
      if (bound == null || bound.isAfter(at)) {
        return false;
      }
      c = get(k, j, pi, slot);
    }
    return c != null && !c.isAfter(at);
  }

  /**
   * The crossing of trigger {@code j} by track {@code k} under policy {@code pi} if it is after
   * {@code after} and before {@code best} (null: no limit), else {@code best}; computed only when
   * its lower bound is before {@code best}. The policy targets the metric.
   */
  Instant earlier(int k, int j, int pi, Instant after, Instant best) {
    int slot = slot(k, j, pi);
    Instant c = cache[slot];
    if (c == UNKNOWN) {
      Instant bound = lowerBound(k, j, pi, slot);
      if (bound == null || best != null && !bound.isBefore(best)) {
        return best;
      }
      c = get(k, j, pi, slot);
    }
    return c != null && c.isAfter(after) && (best == null || c.isBefore(best)) ? c : best;
  }

  /**
   * After {@link #reachedBy} at {@code at}: the crossing of trigger {@code j} by track {@code k}
   * under policy {@code pi} if it is after {@code at}, else null; or, not computed yet, its lower
   * bound (then after {@code at}): no earlier instant can change the trigger's value.
   */
  Instant changeAfter(int k, int j, int pi, Instant at) {
    int slot = slot(k, j, pi);
    Instant c = cache[slot];
    if (c == UNKNOWN) {
      return lowerBound(k, j, pi, slot);
    }
    return c != null && c.isAfter(at) ? c : null;
  }

  /**
   * An instant not after the crossing of trigger {@code j} by track {@code k} under policy
   * {@code pi} (which targets the metric), or null when the crossing is known never to come.
   */
  private Instant lowerBound(int k, int j, int pi, int slot) {
    Instant bound = starts[slot];
    if (bound == null) {
      InstanceTrack t = tracks.get(k);
      bound = t.start().plusNanos(threshold(j, pi));
      if (t.stopped() != null && !bound.isBefore(t.stopped())) {
        cache[slot] = null; // a crossing comes before the stop or never
        return null;
      }
      starts[slot] = bound;
    }
    int below = plan.triggerBelow[j];
    if (below >= 0) {
      Instant c = cache[slot(k, below, pi)];
      if (c == null) {
        return null; // a smaller share is never reached: neither is this one
      }
      if (c != UNKNOWN && c.isAfter(bound)) {
        bound = c;
      }
    }
    return bound;
  }

  /**
   * Trigger {@code j}'s threshold in nanoseconds under policy {@code pi}, which targets its metric:
   * its share of the target less its margin, at least zero.
   */
  private long threshold(int j, int pi) {
    int slot = j * policies.length + pi;
    long n = nanos[slot];
    if (n < 0) {
      n = Math.max(0, threshold(policies[pi].target(plan.triggerMetric.get(j)).orElseThrow(),
          plan.triggerShare.get(j)) - plan.triggerBefore.get(j).toNanos());
      nanos[slot] = n;
    }
    return n;
  }

  /** {@code ceil(share x target)} in nanoseconds, at most {@link Long#MAX_VALUE}. */
  static long threshold(Duration target, BigDecimal share) {
    if (share.compareTo(BigDecimal.ONE) == 0) {
      return target.toNanos();
    }
    BigDecimal n = BigDecimal.valueOf(target.toNanos()).multiply(share).setScale(0, RoundingMode.CEILING);
    // past Long.MAX_VALUE ns (292 years) no instance Pledge measures can reach it: saturate
    return n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : n.longValueExact();
  }
}
