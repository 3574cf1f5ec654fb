package dev.pledge.cli.output;

import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The breached instances with the largest {@code breachedBy}, per policy and metric: at most
 * {@link #LIMIT} each, so memory stays bounded however many cases are folded.
 */
public final class WorstCases {
  /** How many instances are kept per policy and metric. */
  static final int LIMIT = 5;

  /** One breached instance. */
  public record Worst(String caseId, int number, Duration breachedBy) {}

  private static final Comparator<Worst> SMALLEST_FIRST = Comparator.comparing(Worst::breachedBy)
      .thenComparing(Worst::caseId, Comparator.reverseOrder());

  private final Map<String, PriorityQueue<Worst>> byRow = new HashMap<>();

  /** Considers every breached instance of {@code outcome}. */
  public void add(CaseOutcome outcome) {
    for (MetricInstance i : outcome.instances()) {
      if (i.state() != InstanceState.BREACHED) {
        continue;
      }
      PriorityQueue<Worst> worst = byRow.computeIfAbsent(key(i.policy().id(), i.metric()),
          k -> new PriorityQueue<>(SMALLEST_FIRST));
      worst.add(new Worst(outcome.caseId(), i.number(), i.breachedBy()));
      if (worst.size() > LIMIT) {
        worst.poll();
      }
    }
  }

  /** The worst instances of {@code policy} and {@code metric}, largest {@code breachedBy} first. */
  public List<Worst> of(String policy, Metric metric) {
    PriorityQueue<Worst> worst = byRow.get(key(policy, metric));
    if (worst == null) {
      return List.of();
    }
    List<Worst> out = new ArrayList<>(worst);
    out.sort(SMALLEST_FIRST.reversed());
    return out;
  }

  private static String key(String policy, Metric metric) {
    return policy + '\u0000' + metric.wireName();
  }
}
