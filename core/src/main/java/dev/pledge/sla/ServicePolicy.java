package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.internal.TimeRanges;
import dev.pledge.rule.Condition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
  private final Map<Metric, Set<CaseStatus>> pauseOn;
  private final int[] pauseMasks; // per metric ordinal: bit s set if status ordinal s pauses it
  private final BigDecimal objective;

  private ServicePolicy(Builder b) {
    id = b.id;
    when = b.when;
    calendar = b.calendar;
    targets = Collections.unmodifiableMap(new TreeMap<>(b.targets));
    targetArray = new Duration[b.targets.keySet().stream().mapToInt(Metric::ordinal).max().orElse(-1) + 1];
    b.targets.forEach((metric, target) -> targetArray[metric.ordinal()] = target);
    Map<Metric, Set<CaseStatus>> pauses = new TreeMap<>();
    pauseMasks = new int[targetArray.length];
    for (Metric metric : b.targets.keySet()) {
      Set<CaseStatus> statuses = b.pauseOn.getOrDefault(metric, metric.defaultPauseOn());
      pauses.put(metric, statuses);
      for (CaseStatus status : statuses) {
        pauseMasks[metric.ordinal()] |= 1 << status.ordinal();
      }
    }
    pauseOn = Collections.unmodifiableMap(pauses);
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
    Objects.requireNonNull(metric, "metric");
    int m = metric.ordinal();
    return m < targetArray.length ? Optional.ofNullable(targetArray[m]) : Optional.empty();
  }

  /** Whether this policy promises {@code metric}. */
  public boolean targets(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    int m = metric.ordinal();
    return m < targetArray.length && targetArray[m] != null;
  }

  /**
   * The statuses that pause {@code metric}'s instances under this policy: the target's
   * {@code pauseOn} where it was given, else the metric's {@link Metric#defaultPauseOn() default}
   * (also for a metric this policy does not promise).
   */
  public Set<CaseStatus> pauseOn(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    Set<CaseStatus> statuses = pauseOn.get(metric);
    return statuses != null ? statuses : metric.defaultPauseOn();
  }

  /** Whether {@code metric}'s instances are paused under this policy while the case has {@code status}. */
  public boolean pausedIn(Metric metric, CaseStatus status) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(status, "status");
    int m = metric.ordinal();
    return m < pauseMasks.length && targetArray[m] != null ? (pauseMasks[m] >> status.ordinal() & 1) != 0
        : metric.defaultPauseOn().contains(status);
  }

  /** The share of finished instances that must be achieved, in {@code (0, 1]}. */
  public BigDecimal objective() {
    return objective;
  }

  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("{");
    targets.forEach((metric, target) -> {
      shown.append(shown.length() > 1 ? ", " : "").append(metric).append(' ').append(target);
      if (!pauseOn.get(metric).equals(metric.defaultPauseOn())) {
        shown.append(" pauseOn ").append(pauseOn.get(metric));
      }
    });
    return "ServicePolicy[" + id + ", calendar " + calendar.name() + ", targets " + shown.append('}')
        + ", objective " + objective.toPlainString() + (when == null ? "" : ", when " + when) + "]";
  }

  /** Builds a {@link ServicePolicy}; setters check their argument at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private Condition when;
    private BusinessCalendar calendar;
    private final Map<Metric, Duration> targets = new TreeMap<>();
    private final Map<Metric, Set<CaseStatus>> pauseOn = new TreeMap<>();
    private BigDecimal objective;

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new InvalidValueException("id", "policy id must not be blank");
      }
      this.id = id;
    }

    /** Sets the condition that selects cases; without one the policy applies to every case. */
    public Builder when(Condition when) {
      this.when = Objects.requireNonNull(when, "when");
      return this;
    }

    /** Sets the calendar whose working time measures the targets. Required. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the target of {@code metric}, as working time; its instances are paused on the metric's
     * {@link Metric#defaultPauseOn() default} statuses.
     *
     * @throws InvalidValueException if {@code target} is zero or negative
     */
    public Builder target(Metric metric, Duration target) {
      Objects.requireNonNull(metric, "metric");
      checkTarget(metric, target, "targets/" + metric.wireName());
      targets.put(metric, target);
      pauseOn.remove(metric);
      return this;
    }

    /**
     * Sets the target of {@code metric}, as working time, with the statuses that pause its
     * instances under this policy instead of the metric's default: pending, on-hold, both, or
     * none (an empty list: the clock never pauses).
     *
     * @throws InvalidValueException if {@code target} is zero or negative, or {@code pauseOn}
     *     names a status other than pending and on-hold, or one twice
     */
    public Builder target(Metric metric, Duration target, Collection<CaseStatus> pauseOn) {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(pauseOn, "pauseOn");
      String field = "targets/" + metric.wireName();
      checkTarget(metric, target, field + "/within");
      Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
      int i = 0;
      for (CaseStatus status : pauseOn) {
        Objects.requireNonNull(status, "pauseOn status");
        if (!status.pausable()) {
          throw new InvalidValueException(field + "/pauseOn/" + i, "pauseOn of " + metric.wireName() + " in policy "
              + id + " may list only pending or on-hold, but lists " + status.wireName(),
              "only pending or on-hold can pause a metric, not " + status.wireName());
        }
        if (!statuses.add(status)) {
          throw new InvalidValueException(field + "/pauseOn/" + i, "pauseOn of " + metric.wireName() + " in policy "
              + id + " lists " + status.wireName() + " twice", status.wireName() + " is listed twice");
        }
        i++;
      }
      targets.put(metric, target);
      this.pauseOn.put(metric, Collections.unmodifiableSet(statuses));
      return this;
    }

    private void checkTarget(Metric metric, Duration target, String field) {
      Objects.requireNonNull(target, "target");
      if (target.isZero() || target.isNegative() || target.compareTo(TimeRanges.MAX_DURATION) > 0) {
        throw new InvalidValueException(field, "target of " + metric.wireName()
            + " in policy " + id + " must be positive and " + TimeRanges.DURATIONS + ", but was " + target,
            "must be a positive duration " + TimeRanges.DURATIONS + ", but was " + target);
      }
    }

    /**
     * Sets the objective: the share of finished instances that must be achieved.
     *
     * @throws InvalidValueException if {@code objective} is not in {@code (0, 1]}
     */
    public Builder objective(BigDecimal objective) {
      Objects.requireNonNull(objective, "objective");
      if (objective.signum() <= 0 || objective.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException("objective", "objective of policy " + id
            + " must be above 0 and at most 1, but was " + objective.toPlainString());
      }
      this.objective = objective;
      return this;
    }

    /** Sets the objective from its decimal text ({@code "0.95"}); see {@link #objective(BigDecimal)}. */
    public Builder objective(String objective) {
      return objective(new BigDecimal(Objects.requireNonNull(objective, "objective")));
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
