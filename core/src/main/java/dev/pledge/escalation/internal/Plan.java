package dev.pledge.escalation.internal;

import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.escalation.EscalationStep;
import dev.pledge.escalation.WorkingTimeTrigger;
import dev.pledge.rule.Condition;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import dev.pledge.sla.replay.Replayer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An escalation policy prepared for evaluation: the time triggers found in every step's condition
 * (each distinct metric and share once), which triggers and metrics each step watches, and the
 * promises the case is measured against. Immutable.
 */
public final class Plan {
  final EscalationPolicy policy;
  final List<ServicePolicy> slaPolicies;
  /** Replays a case against the promises, keeping its timeline. */
  final Replayer replayer;
  /** One more than the largest ordinal of a metric some promise targets: the tracked metrics' slots. */
  final int metricSlots;
  /** Distinct triggers: metric, share, margin before it and whether only while running. */
  final List<Metric> triggerMetric = new ArrayList<>();
  final List<BigDecimal> triggerShare = new ArrayList<>();
  final List<Duration> triggerBefore = new ArrayList<>();
  private final List<Boolean> triggerRunning = new ArrayList<>();
  /** Per trigger: whether it holds only while its instance runs (reached at a pause, ended by a stop). */
  final boolean[] whileRunning;
  /** Per trigger: the metric's wire name and the share as the condition holds them, for an identity match. */
  private final List<String> triggerName = new ArrayList<>();
  /**
   * Per trigger: the trigger on the same metric, with the same margin and kind, with the next
   * smaller share, -1 none (a lower bound).
   */
  final int[] triggerBelow;
  /** Per step: the distinct metrics its triggers watch (empty: the step fires once per case). */
  final Metric[][] watched;
  final Map<String, Integer> stepIndex = new HashMap<>();

  /** Prepares {@code policy} against the promises of {@code sla}. */
  public Plan(EscalationPolicy policy, SlaEngine sla) {
    this.policy = policy;
    this.slaPolicies = sla.policies();
    this.replayer = Replayer.of(slaPolicies);
    int slots = 0;
    for (ServicePolicy p : slaPolicies) {
      for (Metric m : p.targets().keySet()) {
        slots = Math.max(slots, m.ordinal() + 1);
      }
    }
    this.metricSlots = slots;
    List<EscalationStep> steps = policy.steps();
    watched = new Metric[steps.size()][];
    for (int i = 0; i < steps.size(); i++) {
      stepIndex.put(steps.get(i).id(), i);
      List<Metric> metrics = new ArrayList<>();
      collect(steps.get(i).when(), metrics);
      watched[i] = metrics.toArray(new Metric[0]);
    }
    whileRunning = new boolean[triggerMetric.size()];
    for (int j = 0; j < whileRunning.length; j++) {
      whileRunning[j] = triggerRunning.get(j);
    }
    triggerBelow = new int[triggerMetric.size()];
    for (int j = 0; j < triggerBelow.length; j++) {
      triggerBelow[j] = -1;
      for (int i = 0; i < triggerBelow.length; i++) {
        if (triggerMetric.get(i) == triggerMetric.get(j) && triggerBefore.get(i).equals(triggerBefore.get(j))
            && whileRunning[i] == whileRunning[j] && triggerShare.get(i).compareTo(triggerShare.get(j)) < 0
            && (triggerBelow[j] < 0 || triggerShare.get(i).compareTo(triggerShare.get(triggerBelow[j])) > 0)) {
          triggerBelow[j] = i;
        }
      }
    }
  }

  /** The policy. */
  public EscalationPolicy policy() {
    return policy;
  }

  private void collect(Condition c, List<Metric> metrics) {
    if (c instanceof WorkingTimeTrigger t) {
      Metric.fromWireName(t.metric()).ifPresent(m -> {
        if (trigger(m, t.share(), t.before(), t.whileRunning()) < 0) {
          triggerMetric.add(m);
          triggerShare.add(t.share());
          triggerBefore.add(t.before());
          triggerRunning.add(t.whileRunning());
          triggerName.add(t.metric());
        }
        if (!metrics.contains(m)) {
          metrics.add(m);
        }
      });
    }
    for (Condition child : c.children()) {
      collect(child, metrics);
    }
  }

  /**
   * The index of the trigger on the metric called {@code metric} at {@code share} less
   * {@code before}, holding for good or {@code whileRunning}, or -1. The conditions pass the very
   * instances they were planned with, so identity finds them at once.
   */
  int trigger(String metric, BigDecimal share, Duration before, boolean whileRunning) {
    for (int j = 0; j < triggerName.size(); j++) {
      if (triggerShare.get(j) == share && triggerName.get(j) == metric && triggerBefore.get(j) == before
          && this.whileRunning[j] == whileRunning) {
        return j;
      }
    }
    Metric m = Metric.fromWireName(metric).orElse(null);
    return m == null ? -1 : trigger(m, share, before, whileRunning);
  }

  /** The index of the trigger on {@code metric} at {@code share} less {@code before}, of that kind, or -1. */
  private int trigger(Metric metric, BigDecimal share, Duration before, boolean whileRunning) {
    for (int j = 0; j < triggerMetric.size(); j++) {
      if (triggerMetric.get(j) == metric && triggerShare.get(j).compareTo(share) == 0
          && triggerBefore.get(j).equals(before) && triggerRunning.get(j) == whileRunning) {
        return j;
      }
    }
    return -1;
  }
}
