package dev.pledge.sla;

import dev.pledge.rule.Explanation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case was promised and what was delivered, as of an instant.
 *
 * @param caseId the case's id
 * @param promise whether the case is promised, unpromised, or not yet opened at {@code asOf}
 * @param policy the policy in force at {@code asOf} (the last selection); empty when unpromised
 *     or not yet opened
 * @param why why that policy was chosen: each policy tried in order, with its condition's
 *     explanation, up to the first that held
 * @param instances every promised metric instance, ordered by metric then number; finished
 *     instances of an earlier policy (before a priority change) are included with that policy
 * @param asOf the evaluation instant
 */
public record CaseOutcome(String caseId, Promise promise, Optional<ServicePolicy> policy,
    Explanation why, List<MetricInstance> instances, Instant asOf) {

  /** Whether a case is under a promise. */
  public enum Promise {
    /** A policy matched. */
    PROMISED,
    /** No policy matched (at the last selection). */
    UNPROMISED,
    /** The case opens after {@code asOf}: there is no outcome yet. */
    NOT_YET_OPENED
  }

  /** Checks and copies the components. */
  public CaseOutcome {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(promise, "promise");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(why, "why");
    instances = List.copyOf(instances);
    Objects.requireNonNull(asOf, "asOf");
    if (policy.isPresent() != (promise == Promise.PROMISED)) {
      throw new IllegalArgumentException("a policy is present exactly when the case is promised");
    }
  }

  /** The instances of {@code metric}, in order of number. */
  public List<MetricInstance> instances(Metric metric) {
    return instances.stream().filter(i -> i.metric() == metric).toList();
  }

  /** Instance {@code number} of {@code metric}, if reported. */
  public Optional<MetricInstance> instance(Metric metric, int number) {
    return instances.stream().filter(i -> i.metric() == metric && i.number() == number).findFirst();
  }
}
