package dev.pledge.tier.internal;

import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.customer.Activity;
import dev.pledge.tier.Rollover;
import dev.pledge.tier.TierChallenge;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierMetric;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.Upgrade;
import dev.pledge.tier.Validity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One evaluation: replays a customer's activities through a program, holding the earned level,
 * the running period's metrics, all-time metrics, grants and the history. Single use.
 */
public final class Replay {
  private final TierProgram program;
  private final Customer customer;
  private final Instant asOf;
  private final List<TierLevel> levels;
  private final Plan plan;
  private final TierMetric[] metricDefs;
  /** The conditions in force for the running period. */
  private final InForce inForce;
  private final Condition[] lifetimeOf;
  private final boolean[] pass;
  private final int rolloverMetric;
  private final MetricSet period;
  private final MetricSet allTime;
  private final Grants grants;
  private final List<TierChange> history = new ArrayList<>();
  /** Levels a review lowered, still held through their grace. */
  private final Holds holds = new Holds();
  private final MetricSet.Shared shared;
  /** The results of the completed periods, which {@code periods-at-level} conditions read. */
  private final PeriodLog periods;
  private final boolean restartsOnLevelChange;
  private PeriodClock clock;
  /** The extension events, read before the replay. */
  private Extensions extensions;
  /** The instant replayed so far: what {@link #winner} counts extensions up to. */
  private Instant now;
  private Instant periodEnd;
  private int earned;
  private TierReason earnedReason = TierReason.BASE;
  private int challengeMetInPeriod = -1;
  private int lifetime = -1;
  private int displayed;
  private Instant baseSince;

  /** A replay of {@code program} for {@code customer} as of {@code asOf}. */
  public Replay(TierProgram program, Plan plan, Customer customer, Instant asOf) {
    this.program = program;
    this.plan = plan;
    this.customer = customer;
    this.asOf = asOf;
    this.levels = program.levels();
    this.metricDefs = plan.metrics;
    this.inForce = new InForce(plan);
    this.lifetimeOf = plan.lifetime;
    this.pass = new boolean[metricDefs.length];
    this.rolloverMetric = plan.rolloverMetric;
    this.periods = new PeriodLog(program);
    this.extensions = new Extensions(List.of(), program);
    this.now = asOf;
    this.shared = new MetricSet.Shared(customer, asOf, periods);
    this.period = newMetrics();
    this.allTime = newMetrics();
    this.grants = new Grants(program);
    this.restartsOnLevelChange = program.period().restartsOnLevelChange();
    this.baseSince = customer.joined().map(d -> d.atStartOfDay(program.zone()).toInstant()).orElse(asOf);
  }

  /** Replays {@code input} and returns the status at {@code asOf}. */
  public dev.pledge.tier.TierStatus run(List<Activity> input) {
    List<Activity> activities = Selection.select(input, customer.id(), program, asOf);
    if (!activities.isEmpty()) {
      Instant first = activities.get(0).at();
      // Only periods that read the anchor get one: spare the zone lookup otherwise.
      LocalDate anchor = !program.period().needsAnchor()
          ? null
          : customer.joined().orElseGet(() -> first.atZone(program.zone()).toLocalDate());
      extensions = new Extensions(activities, program);
      clock = new PeriodClock(program.period(), program.zone(), anchor, plan.yearStarts, plan.yearLastDays);
      periodEnd = clock.firstEnd(first);
      inForce.periodStarts(clock.firstStart(first));
      if (customer.joined().isEmpty()) {
        baseSince = first;
      }
      for (Activity a : activities) {
        step(a);
      }
      advanceTo(asOf);
    } else if (plan.dated) {
      // No period has started; progress shows the conditions in force for the period of asOf.
      LocalDate today = asOf.atZone(program.zone()).toLocalDate();
      inForce.periodStarts(program.period().firstStart(today, customer.joined().orElse(today)));
    }
    return StatusBuilder.build(this);
  }

  MetricSet newMetrics() {
    return new MetricSet(plan, shared);
  }

  private void step(Activity a) {
    Instant t = a.at();
    advanceTo(t);
    if (Membership.isMembership(a)) {
      grants.apply(a, clock, this);
    } else {
      count(a, t);
    }
    settle(t, Optional.empty());
  }

  private void count(Activity a, Instant t) {
    boolean any = false;
    boolean read = false;
    boolean lifetimeRead = false;
    for (int i = 0; i < metricDefs.length; i++) {
      // A metric that counts only while at a level compares with the level held before the activity.
      pass[i] = metricDefs[i].where().test(a) && (!plan.anyWhileAtLeast || displayed >= plan.whileAtLeast[i]);
      any |= pass[i];
      read |= pass[i] && plan.read[i];
      lifetimeRead |= pass[i] && plan.lifetimeRead[i];
    }
    if (!any) {
      return;
    }
    period.add(a, pass);
    if (lifetimeRead) {
      // Only lifetime conditions read all-time metrics: count just the metrics they read.
      allTime.add(a, pass, plan.lifetimeRead);
    }
    if (read) {
      int q = inForce.highestQualified(period, earned);
      if (q > earned && program.upgrade() == Upgrade.STEPWISE) {
        climb(t);
      } else if (q > earned) {
        raiseEarned(q, t);
      }
      testLifetime();
    }
    grants.count(a, pass, t, this);
  }

  /** A challenge for {@code level} was met at {@code t}: it becomes an earned level. */
  void challengeMet(int level, Instant t) {
    challengeMetInPeriod = Math.max(challengeMetInPeriod, level);
    if (level > earned) {
      raiseEarned(level, t);
    }
  }

  /**
   * Stepwise upgrades: while a level above the earned one qualifies, the earned level rises to the
   * next level that can be earned; each step restarts the period with its rollover (so the new
   * period's opening values are tested next) and is a change of its own at {@code t}.
   */
  private void climb(Instant t) {
    while (inForce.highestQualified(period, earned) > earned) {
      raiseEarned(inForce.nextEarnable(earned), t);
      settle(t, Optional.empty());
    }
  }

  /** Raises the lifetime floor to the highest level whose {@code lifetime} holds now, if above it. */
  private void testLifetime() {
    for (int lvl = levels.size() - 1; lvl > lifetime; lvl--) {
      if (lifetimeOf[lvl] != null && lifetimeOf[lvl].test(allTime.facts())) {
        lifetime = lvl;
        return;
      }
    }
  }

  private void raiseEarned(int level, Instant t) {
    earned = level;
    earnedReason = TierReason.QUALIFIED;
    if (restartsOnLevelChange) {
      // The period cut short by the change is complete, its result the level reached.
      periods.add(level);
      testLifetime();
      carryOver(level);
      periodEnd = clock.endAfter(t);
      inForce.periodStarts(clock.date(t));
    }
  }

  private void advanceTo(Instant t) {
    while (true) {
      Instant next = earliest(earliest(grants.nextExpiry(), periodEnd), holds.nextEnd());
      if (next.isAfter(t)) {
        return;
      }
      if (periodEnd.equals(next)) {
        review(next);
      }
      grants.expire(next);
      holds.expire(next);
      settle(next, Optional.empty());
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The review at the boundary {@code b}: level for the next period, rollover, fresh counters. A
   * level the review lowers is held through the program's grace, with the reason it had.
   */
  private void review(Instant b) {
    int held = earned;
    TierReason heldReason = earnedReason;
    // The period's earned result: the highest level qualified at its end or by a challenge met in
    // it, or the earned level when its retain holds.
    int reached = Math.max(inForce.highestQualified(period, 0), challengeMetInPeriod);
    boolean retained = inForce.retains(earned, period);
    int result = retained ? Math.max(reached, earned) : reached;
    periods.add(result);
    testLifetime();
    int floor = program.downgrade().floor(earned);
    boolean nextPeriod = program.validity() == Validity.NEXT_PERIOD;
    int next = nextPeriod ? Math.max(reached, floor) : floor;
    if (retained) {
      next = Math.max(next, earned);
    }
    boolean extended = extensions.review(b);
    carryOver(result);
    inForce.periodStarts(clock.date(b));
    int opening = inForce.highestQualified(period, 0);
    next = Math.max(next, opening);
    int qualified = Math.max(nextPeriod ? Math.max(reached, opening) : opening, retained ? earned : 0);
    if (extended && next < held) {
      // Kept by an extension: the level held, with the reason it had.
      next = held;
    } else {
      earnedReason = next == 0 ? TierReason.BASE : next <= qualified ? TierReason.QUALIFIED : TierReason.SOFT_LANDING;
    }
    earned = next;
    if (next < held && program.grace().isPresent()) {
      holds.add(held, graced(b), heldReason);
    }
    periodEnd = clock.endAfter(b);
  }

  /** The exclusive end {@code end} of a hold moved by the grace: the midnight after its last day plus the grace. */
  private Instant graced(Instant end) {
    return program.grace().map(g -> clock.midnight(clock.lastDay(end).plus(g).plusDays(1))).orElse(end);
  }

  /**
   * Restarts the period's counters, carrying the rollover metric's surplus over {@code reached}'s
   * threshold: at most what the period earned under {@code once}, times the share, capped by
   * {@code reached}'s cap.
   */
  private void carryOver(int reached) {
    BigDecimal opening = BigDecimal.ZERO;
    if (rolloverMetric >= 0) {
      Rollover rollover = program.rollover().orElseThrow();
      BigDecimal value = period.value(rolloverMetric);
      BigDecimal surplus = value.subtract(Progresses.threshold(inForce.rolloverThresholds(reached), value));
      if (rollover.once()) {
        surplus = surplus.min(value.subtract(period.opening(rolloverMetric)));
      }
      opening = surplus.max(BigDecimal.ZERO).multiply(rollover.share()).min(plan.rolloverCaps[reached]);
    }
    period.reset(rolloverMetric, opening);
    challengeMetInPeriod = -1;
  }

  /** Records a change of the displayed level at {@code t}, if any. */
  void settle(Instant t, Optional<String> note) {
    now = t;
    int level = Math.max(Math.max(earned, lifetime), Math.max(grants.highest(), holds.highest()));
    if (level != displayed) {
      Winner w = winner(level);
      history.add(new TierChange(t, levels.get(displayed).id(), levels.get(level).id(), w.reason(),
          w.note().or(() -> note)));
      displayed = level;
    }
  }

  /** {@link #winner} with every event up to {@code asOf} received. */
  Winner winnerAtAsOf(int level) {
    now = asOf;
    return winner(level);
  }

  /** Which source gives {@code level}, and until when (empty: for ever). */
  Winner winner(int level) {
    if (level == 0) {
      return new Winner(TierReason.BASE, Optional.empty(), Optional.empty());
    }
    if (lifetime == level) {
      return new Winner(TierReason.LIFETIME, Optional.empty(), Optional.empty());
    }
    Winner best = earned == level ? new Winner(earnedReason, Optional.of(earnedExpiry()), Optional.empty()) : null;
    List<Winner> others = new ArrayList<>(holds.holding(level).stream().toList());
    others.addAll(grants.holding(level));
    for (Winner w : others) {
      if (best == null || w.until().orElseThrow().isAfter(best.until().orElseThrow())) {
        best = w;
      }
    }
    return best;
  }

  /**
   * The exclusive end of the earned level as things stand, grace included: the end of the running
   * period, or of a later one if the next reviews keep it (the first by the running period's metrics
   * under next-period or by the level's retain, then as many as the extensions received so far cover).
   */
  private Instant earnedExpiry() {
    boolean again = Math.max(inForce.highestQualified(period, earned - 1), challengeMetInPeriod) >= earned;
    boolean keptByReview = program.validity() == Validity.NEXT_PERIOD && again || inForce.retains(earned, period);
    int kept = Math.max(extensions.covering(now), keptByReview ? 1 : 0);
    Instant end = periodEnd;
    for (int i = 0; i < kept; i++) {
      end = clock.endAfter(end);
    }
    return graced(end);
  }

  /** A source of a level, the exclusive end of its hold (empty: for ever) and an override's reason text. */
  record Winner(TierReason reason, Optional<Instant> until, Optional<String> note) {}

  TierProgram program() {
    return program;
  }

  int displayed() {
    return displayed;
  }

  MetricSet period() {
    return period;
  }

  List<TierChange> history() {
    return history;
  }

  Instant baseSince() {
    return baseSince;
  }

  Optional<PeriodClock> clock() {
    return Optional.ofNullable(clock);
  }

  /** The conditions in force for the running period. */
  InForce inForce() {
    return inForce;
  }

  TierChallenge challenge(String level) {
    return program.challenges().get(level);
  }
}
