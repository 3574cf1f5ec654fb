package dev.pledge.testkit;

import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;
import java.util.Objects;

/**
 * Assertions on a {@link CaseOutcome}. Every failure message shows the outcome: whether and by
 * which policy the case is promised, why that policy was chosen (each policy tried, with its
 * condition tree), and every metric instance with its target, elapsed time, deadline and state.
 * Metrics may be given as {@link Metric} or as written in JSON ({@code "first-response"}).
 */
public final class CaseOutcomeAssert extends AbstractObjectAssert<CaseOutcomeAssert, CaseOutcome> {

  CaseOutcomeAssert(CaseOutcome actual) {
    super(actual, CaseOutcomeAssert.class);
  }

  /** Verifies that the case is promised by the policy {@code id} (the selection in force at {@code asOf}). */
  public CaseOutcomeAssert hasPolicy(String id) {
    Objects.requireNonNull(id, "id");
    isNotNull();
    if (actual.policy().filter(p -> p.id().equals(id)).isEmpty()) {
      fail("Expected case " + actual.caseId() + " to be promised by policy <" + id + "> but it was "
          + actual.policy().map(p -> "promised by <" + p.id() + ">").orElse(actual.promise().toString()));
    }
    return this;
  }

  /** Verifies that a policy matched the case. */
  public CaseOutcomeAssert isPromised() {
    isNotNull();
    if (actual.promise() != CaseOutcome.Promise.PROMISED) {
      fail("Expected case " + actual.caseId() + " to be promised but it was " + actual.promise());
    }
    return this;
  }

  /** Verifies that no policy matched the case: nothing was promised. */
  public CaseOutcomeAssert isUnpromised() {
    isNotNull();
    if (actual.promise() != CaseOutcome.Promise.UNPROMISED) {
      fail("Expected case " + actual.caseId() + " to be unpromised but it was " + actual.promise()
          + actual.policy().map(p -> " by policy <" + p.id() + ">").orElse(""));
    }
    return this;
  }

  /**
   * Verifies that the promise on {@code metric} is kept so far: the metric has at least one
   * instance and every instance is achieved or still within its target (active or paused).
   */
  public CaseOutcomeAssert keptPromise(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    List<MetricInstance> instances = actual.instances(metric);
    if (instances.isEmpty()) {
      fail("Expected case " + actual.caseId() + " to keep its promise on " + metric
          + " but nothing was promised on it (no instance)");
    }
    List<MetricInstance> breached = instances.stream().filter(i -> i.state() == InstanceState.BREACHED).toList();
    if (!breached.isEmpty()) {
      fail("Expected case " + actual.caseId() + " to keep its promise on " + metric + " but "
          + breached.size() + " of " + instances.size() + " instances breached: " + breached);
    }
    return this;
  }

  /** Like {@link #keptPromise(Metric)} with the metric written as in JSON. */
  public CaseOutcomeAssert keptPromise(String metric) {
    Objects.requireNonNull(metric, "metric");
    return keptPromise(metric(metric));
  }

  /** Verifies that no instance of any metric breached (an unpromised case passes trivially). */
  public CaseOutcomeAssert keptEveryPromise() {
    isNotNull();
    List<MetricInstance> breached = actual.instances().stream()
        .filter(i -> i.state() == InstanceState.BREACHED).toList();
    if (!breached.isEmpty()) {
      fail("Expected case " + actual.caseId() + " to keep every promise but " + breached.size()
          + " instances breached: " + breached);
    }
    return this;
  }

  /**
   * Verifies that some instance of {@code metric} breached; the returned assertion checks by how
   * much.
   */
  public BreachAssert breached(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    List<MetricInstance> breached = actual.instances(metric).stream()
        .filter(i -> i.state() == InstanceState.BREACHED).toList();
    if (breached.isEmpty()) {
      fail("Expected case " + actual.caseId() + " to have breached " + metric + " but no instance of it did");
    }
    return new BreachAssert(this, actual, metric, breached);
  }

  /** Like {@link #breached(Metric)} with the metric written as in JSON. */
  public BreachAssert breached(String metric) {
    Objects.requireNonNull(metric, "metric");
    return breached(metric(metric));
  }

  /** Verifies how many instances of {@code metric} the case has (any state). */
  public CaseOutcomeAssert hasInstances(Metric metric, int count) {
    Objects.requireNonNull(metric, "metric");
    isNotNull();
    int n = actual.instances(metric).size();
    if (n != count) {
      fail("Expected case " + actual.caseId() + " to have " + count + " instances of " + metric + " but it had " + n);
    }
    return this;
  }

  private static Metric metric(String name) {
    return Metric.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown metric \"" + name + "\"; expected one of " + List.of(Metric.values())));
  }

  void fail(String message) {
    failWithMessage("%s", message + "\n" + Render.outcome(actual));
  }
}
