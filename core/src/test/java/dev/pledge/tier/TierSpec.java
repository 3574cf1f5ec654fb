package dev.pledge.tier;

import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A random tier program in plain numbers, for {@link TierReplayProperties}: levels l0 (base) to
 * l{@code top}, each earned by xp at least a threshold, or a count of activities when one is set.
 * {@link #program()} builds it with the engine's builder; {@link ReplayOracle} reads only these
 * numbers.
 *
 * @param zone the program's zone
 * @param period how periods are cut
 * @param xp the xp threshold of l1.., ascending
 * @param count the count threshold of l1.. (0: none), an alternative to xp
 * @param nextPeriod next-period validity, else current-period
 * @param maxDrop soft landing's maxDrop, 0 for to-qualified
 * @param rollMax the cap of a rollover of xp for every level, 0 for none (unless caps by level)
 * @param x the options of issue 13
 */
record TierSpec(ZoneId zone, Periods period, long[] xp, long[] count, boolean nextPeriod, int maxDrop,
    long rollMax, Extras x) {

  /** The period kinds the oracle recomputes. */
  enum Kind { FIXED_YEAR, MEMBERSHIP_YEAR, SINCE_LEVEL_CHANGE }

  /**
   * How periods are cut.
   *
   * @param kind the type; {@code FIXED_YEAR} from 1 January is the calendar year
   * @param start the first day of fixed years
   * @param align the alignment of membership years and since-level-change periods, if any
   * @param joined the customer's joined date, if any
   */
  record Periods(Kind kind, MonthDay start, Optional<Alignment> align, Optional<LocalDate> joined) {}

  /**
   * The options of issue 13 in plain numbers.
   *
   * @param graceMonths the grace after validity in months; 0 for none
   * @param from the first day of the periods judged by {@code xpFrom}; {@link LocalDate#MAX} for none
   * @param xpFrom the xp thresholds from {@code from} on (the first {@code top} are used)
   * @param carry the rollover's caps by level, share and once
   * @param life years at a level
   * @param more the later options
   */
  record Extras(int graceMonths, LocalDate from, long[] xpFrom, Carry carry, Life life, More more) {}

  /**
   * The rollover beyond {@code rollMax}.
   *
   * @param byLevel whether the rollover's cap is by level ({@code caps}) rather than {@code rollMax}
   * @param caps per level l0..l4 the cap when it is reached; -1 for a level not listed
   * @param share the share of the surplus that carries
   * @param once whether carried value never carries again
   */
  record Carry(boolean byLevel, long[] caps, BigDecimal share, boolean once) {}

  /**
   * @param whileLevel the top level may also be earned by {@code xpAt}, the xp of flights taken while
   *     at this level or above (0: no such metric; above the top means the top)
   * @param whileXp the {@code xpAt} the top level asks for
   * @param retainLevel the level (above the base) retained with xp at least {@code retainXp}, or
   *     from {@code from} on {@code retainXpFrom}; 0 for none, above the top means the top
   * @param stepwise stepwise upgrades (applied only to since-level-change periods)
   */
  record More(int whileLevel, long whileXp, int retainLevel, long retainXp, long retainXpFrom, boolean stepwise) {}

  /**
   * Years at a level: level {@code level} (0: none) is for life after {@code periods} completed
   * periods at {@code countLevel} or above ({@code consecutive}: in a row); the top level also asks
   * for {@code gateN} completed periods at {@code gateLevel} or above (0: no such gate). Levels above
   * the program's top mean the top.
   */
  record Life(int level, int countLevel, int periods, boolean consecutive, int gateLevel, int gateN) {}

  /** A period's xp (carry included), count of activities and xp taken while at the {@code whileLevel}. */
  record Sums(BigDecimal xp, long n, BigDecimal xpAt) {}

  int top() {
    return xp.length;
  }

  Customer customer() {
    return period.joined().map(d -> Customer.of("c").withJoined(d)).orElse(Customer.of("c"));
  }

  /** The xp thresholds of the periods that start on {@code periodStart}. */
  long[] xpFor(LocalDate periodStart) {
    return periodStart.isBefore(x.from()) ? xp : x.xpFrom();
  }

  /**
   * Highest level (1..top) qualified by these sums in a period starting on {@code periodStart}, or
   * 0; the top level may also ask for completed periods ({@code results}) at a level.
   */
  int qualified(Sums sums, LocalDate periodStart, List<Integer> results) {
    long[] thresholds = xpFor(periodStart);
    for (int i = top(); i >= 1; i--) {
      boolean gated = i == top() && gateLevel() > 0;
      boolean byXpAt = i == top() && whileLevel() > 0 && sums.xpAt().compareTo(BigDecimal.valueOf(x.more().whileXp())) >= 0;
      if ((sums.xp().compareTo(BigDecimal.valueOf(thresholds[i - 1])) >= 0
          || count[i - 1] > 0 && sums.n() >= count[i - 1] || byXpAt)
          && (!gated || ReplayOracle.atLeast(results, gateLevel(), false) >= x.life().gateN())) {
        return i;
      }
    }
    return 0;
  }

  int whileLevel() {
    return Math.min(x.more().whileLevel(), top());
  }

  boolean stepwise() {
    return x.more().stepwise() && period.kind() == Kind.SINCE_LEVEL_CHANGE;
  }

  int retainLevel() {
    return Math.min(x.more().retainLevel(), top());
  }

  /** Whether {@code level} is retained by these sums in a period that starts on {@code periodStart}. */
  boolean retains(int level, Sums sums, LocalDate periodStart) {
    long threshold = periodStart.isBefore(x.from()) ? x.more().retainXp() : x.more().retainXpFrom();
    return level > 0 && level == retainLevel() && sums.xp().compareTo(BigDecimal.valueOf(threshold)) >= 0;
  }

  int lifeLevel() {
    return Math.min(x.life().level(), top());
  }

  int countLevel() {
    return Math.min(x.life().countLevel(), top());
  }

  int gateLevel() {
    return Math.min(x.life().gateLevel(), top());
  }

  /** The lifetime floor the completed periods {@code results} give: the lifetime level or 0. */
  int lifetime(List<Integer> results) {
    return lifeLevel() > 0 && ReplayOracle.atLeast(results, countLevel(), x.life().consecutive()) >= x.life().periods()
        ? lifeLevel() : 0;
  }

  boolean rollsOver() {
    return rollMax > 0 || x.carry().byLevel();
  }

  /**
   * What carries into the next period: the surplus of {@code sums} over the threshold of
   * {@code reached} in the period that starts on {@code periodStart} and opened at {@code carried},
   * at most what the period earned under once, times the share, capped by the level's cap.
   */
  BigDecimal carry(Sums sums, int reached, LocalDate periodStart, BigDecimal carried) {
    if (!rollsOver()) {
      return BigDecimal.ZERO;
    }
    BigDecimal threshold = reached == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(xpFor(periodStart)[reached - 1]);
    BigDecimal surplus = sums.xp().subtract(threshold);
    if (x.carry().once()) {
      surplus = surplus.min(sums.xp().subtract(carried));
    }
    long cap = x.carry().byLevel() ? Math.max(0, x.carry().caps()[reached]) : rollMax;
    return surplus.max(BigDecimal.ZERO).multiply(x.carry().share()).min(BigDecimal.valueOf(cap));
  }

  int graceMonths() {
    return x.graceMonths();
  }

  /** The exclusive end of a hold whose last day is the day before {@code end}, moved by the grace. */
  Instant graced(Instant end) {
    if (graceMonths() == 0) {
      return end;
    }
    LocalDate last = end.minusNanos(1).atZone(zone).toLocalDate();
    return last.plusMonths(graceMonths()).plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The program, with the engine's builder. */
  TierProgram program() {
    TierProgram.Builder b = TierProgram.builder("p", zone)
        .metric("xp", TestRuleModule.total("xp"))
        .metric("n", TestRuleModule.count());
    if (whileLevel() > 0) {
      b.metric(new TierMetric("xpAt", TestRuleModule.total("xp"), MetricFilter.any()).whileAtLeast("l" + whileLevel()));
    }
    b
        .period(tierPeriod())
        .validity(nextPeriod ? Validity.NEXT_PERIOD : Validity.CURRENT_PERIOD)
        .downgrade(maxDrop == 0 ? Downgrade.toQualified() : Downgrade.softLanding(maxDrop))
        .level("l0");
    for (int i = 1; i <= top(); i++) {
      Condition gate = i == top() && gateLevel() > 0 ? PeriodsAtLevel.of("l" + gateLevel(), x.life().gateN()) : null;
      long whileXp = i == top() && whileLevel() > 0 ? x.more().whileXp() : -1;
      TierLevel level = TierLevel.of("l" + i, gated(qualify(xp[i - 1], count[i - 1], whileXp), gate));
      if (!x.from().equals(LocalDate.MAX)) {
        level = level.withQualifyFrom(x.from(), gated(qualify(x.xpFrom()[i - 1], count[i - 1], whileXp), gate));
      }
      if (i == retainLevel()) {
        level = level.withRetain(TestRuleModule.atLeast("xp", x.more().retainXp()));
        if (!x.from().equals(LocalDate.MAX)) {
          level = level.withRetainFrom(x.from(), TestRuleModule.atLeast("xp", x.more().retainXpFrom()));
        }
      }
      if (i == lifeLevel()) {
        level = level.withLifetime(new PeriodsAtLevel("l" + countLevel(), x.life().periods(), x.life().consecutive()));
      }
      b.level(level);
    }
    if (rollsOver()) {
      Map<String, BigDecimal> caps = new HashMap<>();
      for (int i = 0; i <= top(); i++) {
        if (x.carry().caps()[i] >= 0) {
          caps.put("l" + i, BigDecimal.valueOf(x.carry().caps()[i]));
        }
      }
      Rollover r = x.carry().byLevel() ? Rollover.byLevel("xp", caps) : new Rollover("xp", BigDecimal.valueOf(rollMax));
      b.rollover(r.withShare(x.carry().share()).once(x.carry().once()));
    }
    if (graceMonths() > 0) {
      b.grace(java.time.Period.ofMonths(graceMonths()));
    }
    if (stepwise()) {
      b.upgrade(Upgrade.STEPWISE);
    }
    for (int i = 1; i <= top(); i++) {
      b.subscriptions("l" + i);
    }
    return b.build();
  }

  private TierPeriod tierPeriod() {
    switch (period.kind()) {
      case MEMBERSHIP_YEAR:
        return new TierPeriod.MembershipYear(period.align());
      case SINCE_LEVEL_CHANGE:
        return new TierPeriod.SinceLevelChange(period.align());
      default:
        return period.start().equals(MonthDay.of(1, 1)) ? TierPeriod.calendarYear() : TierPeriod.fixedYear(period.start());
    }
  }

  static Condition gated(Condition c, Condition gate) {
    return gate == null ? c : TestRuleModule.all(c, gate);
  }

  /** xp at least {@code xp}, or a count at least {@code count} when it is not 0, or xpAt at least {@code whileXp} when it is not -1. */
  static Condition qualify(long xp, long count, long whileXp) {
    Condition c = TestRuleModule.atLeast("xp", xp);
    c = count > 0 ? TestRuleModule.any(c, TestRuleModule.atLeast("n", count)) : c;
    return whileXp >= 0 ? TestRuleModule.any(c, TestRuleModule.atLeast("xpAt", whileXp)) : c;
  }
}
