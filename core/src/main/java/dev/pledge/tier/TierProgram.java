package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.rule.MetricType;
import dev.pledge.tier.internal.Plan;
import dev.pledge.tier.internal.Replay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tier program (an earned status ladder or a paid plan) and its engine: metrics, ordered levels,
 * the period, validity and its grace, downgrade, upgrade, rollover, challenges and the levels sold as subscriptions.
 * Built with {@link #builder(String, ZoneId)} or loaded from JSON. Immutable and thread-safe;
 * {@link #evaluate} is pure.
 */
public final class TierProgram {
  private final String name;
  private final ZoneId zone;
  private final Map<String, TierMetric> metrics;
  private final TierPeriod period;
  private final List<TierLevel> levels;
  private final Validity validity;
  private final Optional<Period> grace;
  private final Downgrade downgrade;
  private final Upgrade upgrade;
  private final Optional<Rollover> rollover;
  private final Map<String, TierChallenge> challenges;
  private final Set<String> subscriptions;
  private final Plan plan;

  private TierProgram(Builder b) {
    name = b.name;
    zone = b.zone;
    metrics = Map.copyOf(b.metrics);
    period = b.period;
    levels = List.copyOf(b.levels);
    validity = b.validity;
    grace = b.grace;
    downgrade = b.downgrade;
    upgrade = b.upgrade;
    rollover = b.rollover;
    challenges = Map.copyOf(b.challenges);
    subscriptions = Set.copyOf(b.subscriptions);
    plan = new Plan(b.metrics, levels, rollover, period, zone);
  }

  /** A builder for a program called {@code name} whose period boundaries are midnights in {@code zone}. */
  public static Builder builder(String name, ZoneId zone) {
    return new Builder(name, zone);
  }

  /**
   * The customer's status at {@code asOf}. Activities of other customers, membership events of
   * other programs and activities after {@code asOf} are ignored; the rest are replayed in time
   * order (ties keep list order), a repeated id counting once.
   *
   * @throws dev.pledge.InvalidValueException for a membership event of this program that names an
   *     unknown level, a level not sold as a subscription or without a challenge, or lacks a field
   */
  public TierStatus evaluate(Customer customer, List<Activity> activities, Instant asOf) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(asOf, "asOf");
    return new Replay(this, plan, customer, asOf).run(activities);
  }

  /**
   * The status with and without {@code hypothetical} activities (added after {@code activities},
   * so they come last among activities at the same instant). Nothing stored changes.
   */
  public WhatIf whatIf(Customer customer, List<Activity> activities, List<Activity> hypothetical, Instant asOf) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(hypothetical, "hypothetical");
    List<Activity> all = new ArrayList<>(activities.size() + hypothetical.size());
    all.addAll(activities);
    all.addAll(hypothetical);
    return new WhatIf(evaluate(customer, activities, asOf), evaluate(customer, all, asOf));
  }

  /** The program's name. */
  public String name() {
    return name;
  }

  /** The zone whose midnights bound periods and whose dates {@code validUntil} uses. */
  public ZoneId zone() {
    return zone;
  }

  /** The metrics by name. */
  public Map<String, TierMetric> metrics() {
    return metrics;
  }

  /** The period. */
  public TierPeriod period() {
    return period;
  }

  /** The levels, lowest (the base level) first. */
  public List<TierLevel> levels() {
    return levels;
  }

  /** The position of level {@code id}, the base level being 0, or empty if unknown. */
  public Optional<Integer> rank(String id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The validity of earned levels. */
  public Validity validity() {
    return validity;
  }

  /**
   * How long after the last day it would otherwise hold an earned level still holds, if any: a
   * level that a review lowers is kept until the midnight after that day plus the grace.
   */
  public Optional<Period> grace() {
    return grace;
  }

  /** The downgrade rule at reviews. */
  public Downgrade downgrade() {
    return downgrade;
  }

  /** How an activity raises the earned level. */
  public Upgrade upgrade() {
    return upgrade;
  }

  /** The rollover, if any. */
  public Optional<Rollover> rollover() {
    return rollover;
  }

  /** The challenges by level. */
  public Map<String, TierChallenge> challenges() {
    return challenges;
  }

  /** The levels that {@code subscription} events may sell. */
  public Set<String> subscriptions() {
    return subscriptions;
  }

  @Override
  public String toString() {
    return "TierProgram[" + name + ", levels=" + levels.stream().map(TierLevel::id).toList() + "]";
  }

  /**
   * Builds a {@link TierProgram}. Setters check their argument at once; {@link #build()} checks
   * references between the parts. Defaults: {@code calendar-year}, {@code next-period} without grace,
   * {@code to-qualified}, {@code direct} upgrades, no rollover, no challenges, no subscriptions. Not
   * thread-safe.
   */
  public static final class Builder {
    private final String name;
    private final ZoneId zone;
    private final Map<String, TierMetric> metrics = new LinkedHashMap<>();
    private TierPeriod period = TierPeriod.calendarYear();
    private final List<TierLevel> levels = new ArrayList<>();
    /** Where each level id was added, counting every call of {@link #level(TierLevel)}, rejected ones too. */
    private final Map<String, Integer> levelCalls = new HashMap<>();
    private int levelCall;
    private Validity validity = Validity.NEXT_PERIOD;
    private Optional<Period> grace = Optional.empty();
    private Downgrade downgrade = Downgrade.toQualified();
    private Upgrade upgrade = Upgrade.DIRECT;
    private Optional<Rollover> rollover = Optional.empty();
    private final Map<String, TierChallenge> challenges = new LinkedHashMap<>();
    private final Set<String> subscriptions = new LinkedHashSet<>();

    private Builder(String name, ZoneId zone) {
      this.name = Objects.requireNonNull(name, "name");
      this.zone = Objects.requireNonNull(zone, "zone");
      if (name.isBlank()) {
        throw new InvalidValueException("name", "program name must not be blank");
      }
    }

    /** Adds a metric counting every activity that is neither a membership event nor a survey answer. */
    public Builder metric(String metricName, MetricType.Metric metric) {
      Objects.requireNonNull(metricName, "metricName");
      return metric(metricName, metric, MetricFilter.any());
    }

    /** Adds a metric counting the activities {@code where} accepts. */
    public Builder metric(String metricName, MetricType.Metric metric, MetricFilter where) {
      Objects.requireNonNull(metricName, "metricName");
      return metric(new TierMetric(metricName, metric, where));
    }

    /**
     * Adds a metric, possibly one that counts only while the customer holds a level
     * ({@link TierMetric#whileAtLeast}); that level is checked by {@link #build()}.
     *
     * @throws InvalidValueException if a metric of that name was added before
     */
    public Builder metric(TierMetric metric) {
      Objects.requireNonNull(metric, "metric");
      if (metrics.putIfAbsent(metric.name(), metric) != null) {
        throw new InvalidValueException("metrics/" + metric.name(), "metric '" + metric.name() + "' is defined twice");
      }
      return this;
    }

    /** Sets the period. */
    public Builder period(TierPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
   * Adds a level that cannot be earned (the base level, or one only sold or granted). Dated
   * conditions ({@link TierLevel#withQualifyFrom}) are given with {@link #level(TierLevel)}.
   */
    public Builder level(String id) {
      return level(new TierLevel(id, Optional.empty(), Optional.empty()));
    }

    /** Adds a level earned when the period's metrics satisfy {@code qualify}. */
    public Builder level(String id, Condition qualify) {
      Objects.requireNonNull(qualify, "qualify");
      return level(new TierLevel(id, Optional.of(qualify), Optional.empty()));
    }

    /** Adds a level earned by {@code qualify} and held for ever once all-time metrics satisfy {@code lifetime}. */
    public Builder level(String id, Condition qualify, Condition lifetime) {
      Objects.requireNonNull(qualify, "qualify");
      Objects.requireNonNull(lifetime, "lifetime");
      return level(new TierLevel(id, Optional.of(qualify), Optional.of(lifetime)));
    }

    /**
     * Adds a level above those added so far.
     *
     * @throws RepeatedValueException if a level with this id was added before; its field is
     *     {@code levels/<n>/id} and its first use {@code levels/<m>}, counting every call of this
     *     method from 0 (rejected ones too, so the numbers follow the caller's list)
     * @throws InvalidValueException if the base level (the first) has a {@code qualify},
     *     {@code lifetime}, {@code qualifyFrom}, {@code retain} or {@code retainFrom}
     */
    public Builder level(TierLevel level) {
      Objects.requireNonNull(level, "level");
      int call = levelCall++;
      Integer first = levelCalls.get(level.id());
      if (first != null) {
        throw new RepeatedValueException("levels/" + call + "/id", "levels/" + first, "level id", level.id(),
            "it was first used at ");
      }
      if (levels.isEmpty() && (level.qualify().isPresent() || level.lifetime().isPresent())) {
        throw new InvalidValueException(level.qualify().isPresent() ? "levels/0/qualify" : "levels/0/lifetime",
            "the base level (the first) is held by everyone and must not have \"qualify\" or \"lifetime\"");
      }
      if (levels.isEmpty()) {
        String dated = !level.qualifyFrom().isEmpty() ? "qualifyFrom" : level.retain().isPresent() ? "retain"
            : !level.retainFrom().isEmpty() ? "retainFrom" : null;
        if (dated != null) {
          throw new InvalidValueException("levels/0/" + dated,
              "the base level (the first) is held by everyone and must not have \"" + dated + "\"");
        }
      }
      levels.add(level);
      levelCalls.put(level.id(), call);
      return this;
    }

    /** Sets the validity of earned levels. */
    public Builder validity(Validity validity) {
      this.validity = Objects.requireNonNull(validity, "validity");
      return this;
    }

    /**
     * Sets a grace after validity: an earned level holds {@code grace} after the last day it would
     * otherwise hold (that day plus the period, in the program's zone: 31 Dec + P1M = 31 Jan,
     * 31 Dec + P2M = 28 or 29 Feb). A review that lowers the earned level keeps the level held
     * until the midnight after the grace's last day, with the reason it had; then the customer
     * holds the highest of the level the review computed and anything earned, paid or granted
     * since. Applies to both validities.
     *
     * @throws InvalidValueException (field {@code validity/grace}) if {@code grace} is zero or has
     *     a negative part
     */
    public Builder grace(Period grace) {
      Objects.requireNonNull(grace, "grace");
      if (grace.isZero() || grace.getYears() < 0 || grace.getMonths() < 0 || grace.getDays() < 0) {
        throw new InvalidValueException("validity/grace", "grace must be a positive period such as P1M, but was "
            + grace, "must be a positive period such as \"P1M\", but was \"" + grace + "\"");
      }
      this.grace = Optional.of(grace);
      return this;
    }

    /** Sets the downgrade rule. */
    public Builder downgrade(Downgrade downgrade) {
      this.downgrade = Objects.requireNonNull(downgrade, "downgrade");
      return this;
    }

    /**
     * Sets how an activity raises the earned level: {@link Upgrade#DIRECT} (default) or
     * {@link Upgrade#STEPWISE}, which {@link #build()} accepts only with a period that restarts on a
     * level change.
     */
    public Builder upgrade(Upgrade upgrade) {
      this.upgrade = Objects.requireNonNull(upgrade, "upgrade");
      return this;
    }

    /** Carries the surplus of {@code metric} into the next period, capped at {@code max} (zero or more). */
    public Builder rollover(String metric, BigDecimal max) {
      Objects.requireNonNull(max, "max");
      return rollover(new Rollover(metric, max));
    }

    /**
     * Carries a metric's surplus into the next period as {@code value} says: one cap or a cap by
     * level reached, a share, once. Its metric and levels are checked by {@link #build()}.
     */
    public Builder rollover(Rollover rollover) {
      this.rollover = Optional.of(Objects.requireNonNull(rollover, "rollover"));
      return this;
    }

    /** Adds a challenge for {@code level}: granted for {@code days}, earned if {@code qualify} is met in time. */
    public Builder challenge(String level, int days, Condition qualify) {
      TierChallenge c = new TierChallenge(level, days, qualify);
      if (challenges.putIfAbsent(level, c) != null) {
        throw new InvalidValueException("challenges/" + level, "level '" + level + "' has two challenges");
      }
      return this;
    }

    /** Lets {@code subscription} events sell these levels. */
    public Builder subscriptions(String... levelIds) {
      Objects.requireNonNull(levelIds, "levelIds");
      for (String id : levelIds) {
        subscriptions.add(Objects.requireNonNull(id, "level"));
      }
      return this;
    }

    /**
     * The program.
     *
     * @throws InvalidValueException without levels, with stepwise upgrades and a period that does not
     *     restart on a level change (field {@code upgrade}), or when a rollover (its metric or a level of
     *     its caps), challenge, subscription, metric's {@code whileAtLeast}, metric condition or
     *     {@code periods-at-level} names a metric or level that does not exist
     */
    public TierProgram build() {
      if (levels.isEmpty()) {
        throw new InvalidValueException("levels", "program '" + name + "' needs at least one level");
      }
      List<String> ids = levels.stream().map(TierLevel::id).toList();
      if (upgrade == Upgrade.STEPWISE && !period.restartsOnLevelChange()) {
        throw new InvalidValueException("upgrade", "stepwise upgrades restart the period at each step, so they "
            + "need a period that restarts on a level change (since-level-change), which this program's period does not",
            "\"stepwise\" needs a \"since-level-change\" period (each step restarts the period)");
      }
      rollover.ifPresent(r -> {
        requireMetric(r.metric(), "rollover");
        for (String level : r.maxByLevel().keySet()) {
          if (!ids.contains(level)) {
            throw new InvalidValueException("rollover/max/" + level, "rollover max names level '" + level
                + "', which program '" + name + "' does not have; levels: " + ids);
          }
        }
      });
      for (String level : challenges.keySet()) {
        requireLevel(ids, level, "challenge");
      }
      for (String level : subscriptions) {
        requireLevel(ids, level, "subscriptions");
      }
      for (TierMetric m : metrics.values()) {
        if (m.whileAtLeast().isPresent() && !ids.contains(m.whileAtLeast().get())) {
          throw new InvalidValueException("metrics/" + m.name() + "/whileAtLeast", "metric '" + m.name()
              + "' counts while at level '" + m.whileAtLeast().get() + "', which program '" + name
              + "' does not have; levels: " + ids);
        }
      }
      for (TierLevel l : levels) {
        l.qualify().ifPresent(c -> checkMetrics(c, "level " + l.id() + " qualify"));
        l.qualifyFrom().forEach((from, c) -> checkMetrics(c, "level " + l.id() + " qualifyFrom " + from));
        l.retain().ifPresent(c -> checkMetrics(c, "level " + l.id() + " retain"));
        l.retainFrom().forEach((from, c) -> checkMetrics(c, "level " + l.id() + " retainFrom " + from));
        l.lifetime().ifPresent(c -> checkMetrics(c, "level " + l.id() + " lifetime"));
      }
      challenges.values().forEach(c -> checkMetrics(c.qualify(), "challenge " + c.level()));
      return new TierProgram(this);
    }

    private void requireLevel(List<String> ids, String level, String where) {
      if (!ids.contains(level)) {
        throw new InvalidValueException(where, where + " names level '" + level + "', which program '" + name
            + "' does not have; levels: " + ids);
      }
    }

    private void requireMetric(String metric, String where) {
      if (!metrics.containsKey(metric)) {
        throw new InvalidValueException(where, where + " names metric '" + metric + "', which program '" + name
            + "' does not have; metrics: " + metrics.keySet());
      }
    }

    /** Checks the metrics a condition's thresholds name, and the levels its {@code periods-at-level} name. */
    private void checkMetrics(Condition c, String where) {
      if (c instanceof MetricThreshold t) {
        requireMetric(t.metric(), where);
      }
      if (c instanceof PeriodsAtLevel p) {
        requireLevel(levels.stream().map(TierLevel::id).toList(), p.level(), where);
      }
      c.children().forEach(child -> checkMetrics(child, where));
    }
  }
}
