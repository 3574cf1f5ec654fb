package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.rule.Condition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A promise: for the cases its {@code when} condition selects, each targeted {@link Metric} must
 * stay within its target, measured in the working time of the policy's calendar, for at least the
 * {@code objective} share of instances. Immutable; built with {@link #builder(String)}.
 *
 * <p>Equality is identity: two policies are the same promise only if they are the same object.
 */
public final class ServicePolicy {
  private final String id;
  private final Condition when;
  private final BusinessCalendar calendar;
  private final Map<Metric, Duration> targets;
  private final Duration[] targetArray;
  private final BigDecimal objective;

  private ServicePolicy(Builder b) {
    id = b.id;
    when = b.when;
    calendar = b.calendar;
    targets = Collections.unmodifiableMap(new TreeMap<>(b.targets));
    targetArray = new Duration[b.targets.keySet().stream().mapToInt(Metric::ordinal).max().orElse(-1) + 1];
    b.targets.forEach((metric, target) -> targetArray[metric.ordinal()] = target);
    objective = b.objective;
  }

  /** A builder for the policy named {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The policy's id, unique among the policies of a configuration. */
  public String id() {
    return id;
  }

  /** The condition that selects the cases this policy applies to; empty means every case. */
  public Optional<Condition> when() {
    return Optional.ofNullable(when);
  }

  /** The calendar whose working time measures every metric of this policy. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The target per metric, as working time, in metric order; a metric missing here is not promised. */
  public Map<Metric, Duration> targets() {
    return targets;
  }

  /** The target of {@code metric}, if this policy promises it. */
  public Optional<Duration> target(Metric metric) {
    int m = metric.ordinal();
    return m < targetArray.length ? Optional.ofNullable(targetArray[m]) : Optional.empty();
  }

  /** Whether this policy promises {@code metric}. */
  public boolean targets(Metric metric) {
    int m = metric.ordinal();
    return m < targetArray.length && targetArray[m] != null;
  }

  /** The share of finished instances that must be achieved, in {@code (0, 1]}. */
  public BigDecimal objective() {
    return objective;
  }

  @Override
  public String toString() {
    return "ServicePolicy[" + id + ", calendar " + calendar.name() + ", targets " + targets
        + ", objective " + objective.toPlainString() + (when == null ? "" : ", when " + when) + "]";
  }

  /** Builds a {@link ServicePolicy}; setters check their argument at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private Condition when;
    private BusinessCalendar calendar;
    private final Map<Metric, Duration> targets = new TreeMap<>();
    private BigDecimal objective;

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new InvalidValueException("id", "policy id must not be blank");
      }
      this.id = id;
    }

    /** Sets the condition that selects cases; without one the policy applies to every case. */
    public Builder when(Condition condition) {
      when = Objects.requireNonNull(condition, "when");
      return this;
    }

    /** Sets the calendar whose working time measures the targets. Required. */
    public Builder calendar(BusinessCalendar value) {
      calendar = Objects.requireNonNull(value, "calendar");
      return this;
    }

    /**
     * Sets the target of {@code metric}, as working time.
     *
     * @throws InvalidValueException if {@code target} is zero or negative
     */
    public Builder target(Metric metric, Duration target) {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(target, "target");
      if (target.isZero() || target.isNegative()) {
        throw new InvalidValueException("targets/" + metric.wireName(), "target of " + metric.wireName()
            + " in policy " + id + " must be positive, but was " + target,
            "must be a positive duration, but was " + target);
      }
      targets.put(metric, target);
      return this;
    }

    /**
     * Sets the objective: the share of finished instances that must be achieved.
     *
     * @throws InvalidValueException if {@code value} is not in {@code (0, 1]}
     */
    public Builder objective(BigDecimal value) {
      Objects.requireNonNull(value, "objective");
      if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException("objective", "objective of policy " + id
            + " must be above 0 and at most 1, but was " + value.toPlainString());
      }
      objective = value;
      return this;
    }

    /** Sets the objective from its decimal text ({@code "0.95"}); see {@link #objective(BigDecimal)}. */
    public Builder objective(String value) {
      return objective(new BigDecimal(Objects.requireNonNull(value, "objective")));
    }

    /**
     * The policy.
     *
     * @throws InvalidValueException if the calendar, the objective or every target is missing
     */
    public ServicePolicy build() {
      if (calendar == null) {
        throw new InvalidValueException("calendar", "policy " + id + " needs a calendar");
      }
      if (objective == null) {
        throw new InvalidValueException("objective", "policy " + id + " needs an objective");
      }
      if (targets.isEmpty()) {
        throw new InvalidValueException("targets", "policy " + id + " needs at least one target");
      }
      return new ServicePolicy(this);
    }
  }
}
