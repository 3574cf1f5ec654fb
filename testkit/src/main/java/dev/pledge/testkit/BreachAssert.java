package dev.pledge.testkit;

import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on the breached instances of one metric of a case, returned by
 * {@link CaseOutcomeAssert#breached(Metric)}. Durations are working time in the policy's calendar.
 */
public final class BreachAssert {
  private final CaseOutcomeAssert parent;
  private final CaseOutcome outcome;
  private final Metric metric;
  private final List<MetricInstance> breached;

  BreachAssert(CaseOutcomeAssert parent, CaseOutcome outcome, Metric metric, List<MetricInstance> breached) {
    this.parent = parent;
    this.outcome = outcome;
    this.metric = metric;
    this.breached = breached;
  }

  /** Verifies that some breached instance is over its target by exactly {@code amount}. */
  public BreachAssert by(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (breached.stream().noneMatch(i -> i.breachedBy().equals(amount))) {
      parent.fail("Expected case " + outcome.caseId() + " to have breached " + metric + " by " + amount
          + " but it breached by " + breached.stream().map(MetricInstance::breachedBy).toList());
    }
    return this;
  }

  /** Verifies that some breached instance is over its target by {@code amount} or more. */
  public BreachAssert byAtLeast(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (breached.stream().noneMatch(i -> i.breachedBy().compareTo(amount) >= 0)) {
      parent.fail("Expected case " + outcome.caseId() + " to have breached " + metric + " by at least " + amount
          + " but it breached by " + breached.stream().map(MetricInstance::breachedBy).toList());
    }
    return this;
  }

  /** Verifies how many instances of the metric breached. */
  public BreachAssert times(int count) {
    if (breached.size() != count) {
      parent.fail("Expected " + metric + " to have breached " + count + " times in case " + outcome.caseId()
          + " but it breached " + breached.size() + " times");
    }
    return this;
  }

  /** Back to the assertions on the whole outcome. */
  public CaseOutcomeAssert and() {
    return parent;
  }
}
