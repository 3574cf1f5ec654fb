package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How many agents keep a first-response promise, interval by interval, under Erlang C
 * (docs/planning.md, "Staffing"): for each interval the traffic is {@code A = arrivals × aht /
 * length} Erlangs, and the agents are the fewest {@code N > A} whose service level
 * {@code SL(N) = 1 − C(N, A)·e^(−(N − A)·target / aht)} is at least the objective; the staff to
 * schedule is {@code ⌈N / (1 − shrinkage)⌉}. An interval without arrivals needs no agent (service
 * level 1, no wait, occupancy 0).
 *
 * <p>The target is taken as time waited on the clock: staff the hours the policy's calendar is
 * open, when working time and clock time run together. An objective of 1 is met only in the limit;
 * the agents given are then those at which the computed service level rounds to 1.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
public final class Staffing {
  private final Duration aht;
  private final Duration target;
  private final BigDecimal objective;
  private final BigDecimal shrinkage;

  private Staffing(Builder b) {
    aht = b.aht;
    target = b.target;
    objective = b.objective;
    shrinkage = b.shrinkage;
  }

  /** A builder with no shrinkage; the handling time, target and objective must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The average handling time of a case. */
  public Duration aht() {
    return aht;
  }

  /** The longest wait for a first response that keeps the promise. */
  public Duration target() {
    return target;
  }

  /** The share of cases that must be answered within the target, in {@code (0, 1]}. */
  public BigDecimal objective() {
    return objective;
  }

  /** The share of paid time in which staff do not answer (breaks, training, absence), in {@code [0, 1)}. */
  public BigDecimal shrinkage() {
    return shrinkage;
  }

  /**
   * The staffing of one interval.
   *
   * @throws InvalidValueException if the traffic is more than {@link ErlangC#MAX_TRAFFIC} Erlangs,
   *     or the staff more than {@link Integer#MAX_VALUE}
   */
  public StaffingInterval interval(Demand demand) {
    Objects.requireNonNull(demand, "demand");
    double a = demand.arrivals() * ErlangC.seconds(aht) / ErlangC.seconds(demand.length());
    if (!(a <= ErlangC.MAX_TRAFFIC)) {
      throw new InvalidValueException("arrivals", demand.arrivals() + " arrivals from " + demand.from() + " to "
          + demand.to() + " with an average handling time of " + aht + " make " + a + " Erlangs; at most "
          + (long) ErlangC.MAX_TRAFFIC + " are taken");
    }
    if (a == 0) {
      return new StaffingInterval(demand.from(), demand.to(), demand.arrivals(), 0, 0, 1, Duration.ZERO, 0, 0);
    }
    double goal = objective.doubleValue();
    double targetInAhts = ErlangC.seconds(target) / ErlangC.seconds(aht);
    int n = (int) Math.floor(a) + 1;
    double b = 1;
    for (int k = 1; k <= n; k++) {
      b = ErlangC.next(b, k, a);
    }
    // SL(N) rises with N towards 1 and reaches it in floating point once C underflows, so this ends.
    while (true) {
      double c = ErlangC.waiting(n, a, b);
      double level = ErlangC.serviceLevel(n, a, c, targetInAhts);
      if (level >= goal) {
        return new StaffingInterval(demand.from(), demand.to(), demand.arrivals(), a, n, level,
            ErlangC.asa(n, a, c, aht), a / n, staff(n));
      }
      n++;
      b = ErlangC.next(b, n, a);
    }
  }

  /**
   * The staffing of each interval, in the order given.
   *
   * @throws InvalidValueException as {@link #interval(Demand)}
   */
  public StaffingPlan plan(List<Demand> demand) {
    Objects.requireNonNull(demand, "demand");
    List<StaffingInterval> intervals = new ArrayList<>(demand.size());
    for (Demand d : demand) {
      intervals.add(interval(d));
    }
    return new StaffingPlan(intervals);
  }

  /** {@code ⌈agents / (1 − shrinkage)⌉}, exact in decimal: 7 agents at 0.3 shrinkage are 10 staff. */
  private int staff(int agents) {
    BigDecimal staff = BigDecimal.valueOf(agents).divide(BigDecimal.ONE.subtract(shrinkage), 0, RoundingMode.CEILING);
    if (staff.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new InvalidValueException("shrinkage", agents + " agents at a shrinkage of " + shrinkage.toPlainString()
          + " need " + staff + " staff, more than " + Integer.MAX_VALUE);
    }
    return staff.intValue();
  }

  @Override
  public String toString() {
    return "Staffing[aht " + aht + ", target " + target + ", objective " + objective.toPlainString()
        + ", shrinkage " + shrinkage.toPlainString() + "]";
  }

  /** Builds a {@link Staffing}; setters check their argument at once. Not thread-safe. */
  public static final class Builder {
    private Duration aht;
    private Duration target;
    private BigDecimal objective;
    private BigDecimal shrinkage = BigDecimal.ZERO;

    private Builder() {}

    /**
     * Sets the average handling time of a case. Required.
     *
     * @throws InvalidValueException if it is not positive
     */
    public Builder aht(Duration aht) {
      ErlangC.checkAht(aht);
      this.aht = aht;
      return this;
    }

    /**
     * Sets the longest wait for a first response that keeps the promise. Required (or set by
     * {@link #policy}).
     *
     * @throws InvalidValueException if it is negative
     */
    public Builder target(Duration target) {
      ErlangC.checkTarget(target);
      this.target = target;
      return this;
    }

    /**
     * Sets the share of cases that must be answered within the target. Required (or set by
     * {@link #policy}).
     *
     * @throws InvalidValueException if it is not in {@code (0, 1]}
     */
    public Builder objective(BigDecimal objective) {
      this.objective = share("objective", objective, false, true);
      return this;
    }

    /** {@link #objective(BigDecimal)} written as a decimal ({@code "0.8"}). */
    public Builder objective(String objective) {
      return objective(new BigDecimal(Objects.requireNonNull(objective, "objective")));
    }

    /**
     * Sets the target and objective of {@code policy}'s first-response promise.
     *
     * @throws InvalidValueException if the policy has no first-response target
     */
    public Builder policy(ServicePolicy policy) {
      Objects.requireNonNull(policy, "policy");
      Duration firstResponse = policy.target(Metric.FIRST_RESPONSE).orElseThrow(() -> new InvalidValueException(
          "policy", "policy " + policy.id() + " has no first-response target; staffing keeps a first-response "
          + "promise, so the policy must set targets/first-response"));
      return target(firstResponse).objective(policy.objective());
    }

    /**
     * Sets the share of paid time in which staff do not answer; 0 unless set.
     *
     * @throws InvalidValueException if it is not in {@code [0, 1)}
     */
    public Builder shrinkage(BigDecimal shrinkage) {
      this.shrinkage = share("shrinkage", shrinkage, true, false);
      return this;
    }

    /** {@link #shrinkage(BigDecimal)} written as a decimal ({@code "0.3"}). */
    public Builder shrinkage(String shrinkage) {
      return shrinkage(new BigDecimal(Objects.requireNonNull(shrinkage, "shrinkage")));
    }

    /** {@code value}, checked to be a share from 0 to 1, each end in or out as said. */
    private static BigDecimal share(String field, BigDecimal value, boolean zeroIn, boolean oneIn) {
      Objects.requireNonNull(value, field);
      boolean below = zeroIn ? value.signum() < 0 : value.signum() <= 0;
      boolean above = oneIn ? value.compareTo(BigDecimal.ONE) > 0 : value.compareTo(BigDecimal.ONE) >= 0;
      if (below || above) {
        throw new InvalidValueException(field, "the " + field + " must be " + (zeroIn ? "at least 0" : "more than 0")
            + " and " + (oneIn ? "at most 1" : "less than 1") + ", but was " + value.toPlainString());
      }
      return value;
    }

    /**
     * The staffing.
     *
     * @throws InvalidValueException if the handling time, target or objective is not set
     */
    public Staffing build() {
      if (aht == null) {
        throw new InvalidValueException("aht", "the average handling time is required");
      }
      if (target == null || objective == null) {
        throw new InvalidValueException(target == null ? "target" : "objective", "the target and the objective "
            + "are required: set both, or take them from a policy");
      }
      return new Staffing(this);
    }
  }
}
