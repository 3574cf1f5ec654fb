package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Explanation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a case was promised and what was delivered, as of an instant. Immutable and thread-safe;
 * the explanation is built on first request (a batch that only reads instances never pays for it).
 */
public final class CaseOutcome {

  /** Whether a case is under a promise. */
  public enum Promise {
    /** A policy matched. */
    PROMISED,
    /** No policy matched (at the last selection). */
    UNPROMISED,
    /** The case opens after {@code asOf}: there is no outcome yet. */
    NOT_YET_OPENED
  }

  private final String caseId;
  private final Promise promise;
  private final Optional<ServicePolicy> policy;
  private final List<MetricInstance> instances;
  private final Instant asOf;
  private final Supplier<Explanation> explain;
  private volatile Explanation why;

  /**
   * An outcome whose explanation is computed by {@code why} on first request, once.
   *
   * @param caseId the case's id
   * @param promise whether the case is promised, unpromised, or not yet opened at {@code asOf}
   * @param policy the policy in force at {@code asOf} (the last selection); present exactly when
   *     promised
   * @param why computes why that policy was chosen; must be pure
   * @param instances every promised metric instance, ordered by metric then number
   * @param asOf the evaluation instant
   * @throws InvalidValueException if {@code policy} is present but the case is not promised, or
   *     the other way round
   */
  public CaseOutcome(String caseId, Promise promise, Optional<ServicePolicy> policy,
      Supplier<Explanation> why, List<MetricInstance> instances, Instant asOf) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.promise = Objects.requireNonNull(promise, "promise");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.explain = Objects.requireNonNull(why, "why");
    this.instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (policy.isPresent() != (promise == Promise.PROMISED)) {
      throw new InvalidValueException("policy", "a policy is present exactly when the case is promised");
    }
  }

  /** An outcome with an explanation already built; see the other constructor. */
  public CaseOutcome(String caseId, Promise promise, Optional<ServicePolicy> policy,
      Explanation why, List<MetricInstance> instances, Instant asOf) {
    this(caseId, promise, policy, given(why), instances, asOf);
  }

  private static Supplier<Explanation> given(Explanation why) {
    Objects.requireNonNull(why, "why");
    return () -> why;
  }

  /** The case's id. */
  public String caseId() {
    return caseId;
  }

  /** Whether the case is promised, unpromised, or not yet opened at {@code asOf}. */
  public Promise promise() {
    return promise;
  }

  /** The policy in force at {@code asOf} (the last selection); empty unless promised. */
  public Optional<ServicePolicy> policy() {
    return policy;
  }

  /**
   * Why the policy was chosen: each policy tried in order, with its condition's explanation, up to
   * the first that held (or all of them, when none did).
   */
  public Explanation why() {
    Explanation result = why;
    if (result == null) {
      synchronized (this) {
        if (why == null) {
          why = Objects.requireNonNull(explain.get(), "why");
        }
        result = why;
      }
    }
    return result;
  }

  /**
   * Every promised metric instance, ordered by metric then number; instances finished under an
   * earlier policy (before a priority change) are included with that policy.
   */
  public List<MetricInstance> instances() {
    return instances;
  }

  /** The evaluation instant. */
  public Instant asOf() {
    return asOf;
  }

  /** The instances of {@code metric}, in order of number. */
  public List<MetricInstance> instances(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return instances.stream().filter(i -> i.metric() == metric).toList();
  }

  /** Instance {@code number} of {@code metric}, if reported. */
  public Optional<MetricInstance> instance(Metric metric, int number) {
    Objects.requireNonNull(metric, "metric");
    return instances.stream().filter(i -> i.metric() == metric && i.number() == number).findFirst();
  }

  /** Equal when every part is equal, the explanation included. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CaseOutcome && equalTo((CaseOutcome) o);
  }

  private boolean equalTo(CaseOutcome other) {
    return caseId.equals(other.caseId) && promise == other.promise && policy.equals(other.policy)
        && instances.equals(other.instances) && asOf.equals(other.asOf) && why().equals(other.why());
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, promise, policy, instances, asOf);
  }

  @Override
  public String toString() {
    return "CaseOutcome[case " + caseId + ", " + promise + policy.map(p -> ", policy " + p.id())
        .orElse("") + ", asOf " + asOf + ", instances " + instances + "]";
  }
}
