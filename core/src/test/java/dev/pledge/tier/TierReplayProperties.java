package dev.pledge.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Condition;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The replay against a deliberately simple oracle: for random calendar-year and fixed-year
 * programs (thresholds on xp, optionally OR a count, validity, downgrade, rollover) and random
 * activity streams (refunds, repeated ids, ties), recompute period by period from scratch.
 */
class TierReplayProperties {
  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final long SPAN = 4L * 366 * 86_400;

  /** A random program in plain numbers, so the oracle need not read the engine's model. */
  record Spec(ZoneId zone, MonthDay start, long[] xp, long[] count, boolean nextPeriod, int maxDrop,
      long rollMax, Extras x) {
    int top() {
      return xp.length;
    }

    int graceMonths() {
      return x.graceMonths();
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
        boolean gated = i == top() && x.life().gateLevel() > 0;
        if ((sums.xp().compareTo(BigDecimal.valueOf(thresholds[i - 1])) >= 0
            || count[i - 1] > 0 && sums.n() >= count[i - 1])
            && (!gated || atLeast(results, gateLevel(), false) >= x.life().gateN())) {
          return i;
        }
      }
      return 0;
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
      return lifeLevel() > 0 && atLeast(results, countLevel(), x.life().consecutive()) >= x.life().periods()
          ? lifeLevel() : 0;
    }

    boolean rollsOver() {
      return rollMax > 0 || x.capsByLevel();
    }

    /**
     * What carries into the next period: the surplus of {@code sums} over the threshold of
     * {@code reached} in the period that starts on {@code periodStart} and opened at {@code carried},
     * at most what the period earned under once, times the share, capped by the level's cap.
     */
    BigDecimal carry(Sums sums, int reached, LocalDate periodStart, BigDecimal carried) {
      BigDecimal threshold = reached == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(xpFor(periodStart)[reached - 1]);
      BigDecimal surplus = sums.xp().subtract(threshold);
      if (x.once()) {
        surplus = surplus.min(sums.xp().subtract(carried));
      }
      long cap = x.capsByLevel() ? Math.max(0, x.caps()[reached]) : rollMax;
      return surplus.max(BigDecimal.ZERO).multiply(x.share()).min(BigDecimal.valueOf(cap));
    }

    TierProgram program() {
      TierProgram.Builder b = TierProgram.builder("p", zone)
          .metric("xp", TestRuleModule.total("xp"))
          .metric("n", TestRuleModule.count())
          .period(start.equals(MonthDay.of(1, 1)) ? TierPeriod.calendarYear() : TierPeriod.fixedYear(start))
          .validity(nextPeriod ? Validity.NEXT_PERIOD : Validity.CURRENT_PERIOD)
          .downgrade(maxDrop == 0 ? Downgrade.toQualified() : Downgrade.softLanding(maxDrop))
          .level("l0");
      for (int i = 1; i <= top(); i++) {
        Condition gate = i == top() && gateLevel() > 0 ? PeriodsAtLevel.of("l" + gateLevel(), x.life().gateN()) : null;
        TierLevel level = TierLevel.of("l" + i, gated(qualify(xp[i - 1], count[i - 1]), gate));
        if (!x.from().equals(LocalDate.MAX)) {
          level = level.withQualifyFrom(x.from(), gated(qualify(x.xpFrom()[i - 1], count[i - 1]), gate));
        }
        if (i == lifeLevel()) {
          level = level.withLifetime(new PeriodsAtLevel("l" + countLevel(), x.life().periods(), x.life().consecutive()));
        }
        b.level(level);
      }
      if (rollsOver()) {
        Map<String, BigDecimal> caps = new java.util.HashMap<>();
        for (int i = 0; i <= top(); i++) {
          if (x.caps()[i] >= 0) {
            caps.put("l" + i, BigDecimal.valueOf(x.caps()[i]));
          }
        }
        Rollover r = x.capsByLevel() ? Rollover.byLevel("xp", caps) : new Rollover("xp", BigDecimal.valueOf(rollMax));
        b.rollover(r.withShare(x.share()).once(x.once()));
      }
      if (graceMonths() > 0) {
        b.grace(java.time.Period.ofMonths(graceMonths()));
      }
      return b.build();
    }

    static Condition gated(Condition c, Condition gate) {
      return gate == null ? c : TestRuleModule.all(c, gate);
    }

    /** xp at least {@code xp}, or a count at least {@code count} when it is not 0. */
    static Condition qualify(long xp, long count) {
      Condition c = TestRuleModule.atLeast("xp", xp);
      return count > 0 ? TestRuleModule.any(c, TestRuleModule.atLeast("n", count)) : c;
    }

    /** The exclusive end of a hold whose last day is the day before {@code end}, moved by the grace. */
    Instant graced(Instant end) {
      LocalDate last = end.minusNanos(1).atZone(zone).toLocalDate();
      return last.plusMonths(graceMonths()).plusDays(1).atStartOfDay(zone).toInstant();
    }
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"),
        ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));
    Arbitrary<MonthDay> starts = Arbitraries.oneOf(Arbitraries.just(MonthDay.of(1, 1)),
        Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
            .as(MonthDay::of));
    Arbitrary<long[]> steps = Arbitraries.longs().between(1, 150).array(long[].class).ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(zones, starts, steps, Arbitraries.integers().between(0, 12).list().ofSize(4),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.of(0L, 0L, 30L, 200L),
        extras())
        .as((zone, start, step, counts, next, drop, roll, extras) -> {
          long[] xp = new long[step.length];
          long[] count = new long[step.length];
          long acc = 0;
          for (int i = 0; i < step.length; i++) {
            acc += step[i];
            xp[i] = acc;
            count[i] = counts.get(i) == 0 ? 0 : 3L * (i + 1) + counts.get(i);
          }
          return new Spec(zone, start, xp, count, next, drop, roll, extras);
        });
  }

  /**
   * The options of issue 13 in plain numbers.
   *
   * @param graceMonths the grace after validity in months; 0 for none
   * @param from the first day of the periods judged by {@code xpFrom}; {@link LocalDate#MAX} for none
   * @param xpFrom the xp thresholds from {@code from} on (the first {@code top} are used)
   */
  record Extras(int graceMonths, LocalDate from, long[] xpFrom, boolean capsByLevel, long[] caps,
      BigDecimal share, boolean once, Life life) {}

  /**
   * Years at a level: level {@code level} (0: none) is for life after {@code periods} completed
   * periods at {@code countLevel} or above ({@code consecutive}: in a row); the top level also asks
   * for {@code gateN} completed periods at {@code gateLevel} or above (0: no such gate). Levels above
   * the program's top mean the top.
   */
  record Life(int level, int countLevel, int periods, boolean consecutive, int gateLevel, int gateN) {}

  Arbitrary<Life> lives() {
    return Combinators.combine(Arbitraries.of(0, 0, 1, 2, 4), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 3), Arbitraries.of(false, true), Arbitraries.of(0, 0, 1, 2),
        Arbitraries.integers().between(1, 2)).as(Life::new);
  }

  Arbitrary<Extras> extras() {
    Arbitrary<LocalDate> froms = Arbitraries.oneOf(Arbitraries.just(LocalDate.MAX),
        Arbitraries.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29)),
        Arbitraries.integers().between(0, 4 * 365).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)));
    Arbitrary<long[]> steps = Arbitraries.longs().between(1, 150).array(long[].class).ofSize(4);
    // Per level l0..l4: the cap when it is reached, -1 for a level not listed.
    Arbitrary<long[]> caps = Arbitraries.of(-1L, -1L, 0L, 30L, 200L).array(long[].class).ofSize(5);
    Arbitrary<BigDecimal> shares = Arbitraries.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.5"),
        new BigDecimal("0.25"));
    return Combinators.combine(Arbitraries.of(0, 0, 1, 2), froms, steps, Arbitraries.of(false, false, true), caps,
        shares, Arbitraries.of(false, true), lives()).as((grace, from, step, byLevel, cap, share, once, life) -> {
          long[] xp = new long[step.length];
          long acc = 0;
          for (int i = 0; i < step.length; i++) {
            acc += step[i];
            xp[i] = acc;
          }
          return new Extras(grace, from, xp, byLevel, cap, share, once, life);
        });
  }

  @Provide
  Arbitrary<List<Activity>> streams() {
    Arbitrary<Instant> instants = Arbitraries.oneOf(
        Arbitraries.longs().between(0, SPAN).map(FROM::plusSeconds),
        Arbitraries.integers().between(0, 3).map(y -> LocalDate.of(2026 + y, 1, 1)
            .atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
    Arbitrary<Activity> one = Combinators.combine(instants, Arbitraries.longs().between(-60, 200),
        Arbitraries.of("", "", "", "a", "b")).as((at, xp, id) -> {
          Activity a = TestRules.flight("c", at, xp);
          return id.isEmpty() ? a : a.withId(id);
        });
    return one.list().ofMaxSize(30);
  }

  @Property(tries = 400)
  void replayEqualsPeriodByPeriodRecomputation(@ForAll("specs") Spec spec, @ForAll("streams") List<Activity> stream,
      @ForAll("asOfs") Instant asOf) {
    TierStatus status = spec.program().evaluate(Customer.of("c"), stream, asOf);
    Oracle expected = oracle(spec, stream, asOf);
    assertThat(status.history()).extracting(c -> List.of(c.at(), c.from(), c.to()))
        .isEqualTo(expected.history);
    assertThat(status.level()).isEqualTo("l" + expected.level);
    assertThat(status.validUntil()).isEqualTo(expected.validUntil);
    assertConsistent(status, stream, spec);
  }

  @Property(tries = 300)
  void historyStaysConsistentWithGrants(@ForAll("specs") Spec spec, @ForAll("streams") List<Activity> stream,
      @ForAll("grants") List<Activity> grants, @ForAll("asOfs") Instant asOf) {
    List<Activity> all = new ArrayList<>(stream);
    for (Activity g : grants) {
      int level = Math.min(spec.top(), Integer.parseInt(g.text("level").orElseThrow().substring(1)));
      all.add(g.with("level", "l" + level));
    }
    TierStatus status = spec.program().evaluate(Customer.of("c"), all, asOf);
    Set<Instant> expiries = new HashSet<>();
    for (Activity g : grants) {
      expiries.add(LocalDate.parse(g.text("until").orElseThrow()).plusDays(1).atStartOfDay(spec.zone()).toInstant());
    }
    String previous = "l0";
    Set<Instant> activityInstants = new HashSet<>();
    all.forEach(a -> activityInstants.add(a.at()));
    for (TierChange c : status.history()) {
      assertThat(c.from()).isEqualTo(previous);
      if (c.to().compareTo(c.from()) > 0) {
        if (!reviewsAndGraceEnds(spec).contains(c.at())) {
          assertThat(activityInstants).contains(c.at());
        }
      } else if (!expiries.contains(c.at())) {
        assertThat(reviewsAndGraceEnds(spec)).contains(c.at());
      }
      previous = c.to();
    }
    assertThat(status.level()).isEqualTo(previous);
  }

  @Provide
  Arbitrary<List<Activity>> grants() {
    Arbitrary<Activity> one = Combinators.combine(Arbitraries.longs().between(0, SPAN).map(FROM::plusSeconds),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 400))
        .as((at, level, days) -> TestRules.membership("override", "c", at, Map.of("program", "p",
            "level", "l" + level, "until", at.atZone(ZoneId.of("UTC")).toLocalDate().plusDays(days).toString())));
    return one.list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Instant> asOfs() {
    return Arbitraries.longs().between(0, SPAN + 400L * 86_400).map(FROM::plusSeconds);
  }

  /**
   * Each change's from is the previous to; upgrades only at activities (or at a review, when lower
   * thresholds come into force), downgrades only at reviews and the ends of graces.
   */
  static void assertConsistent(TierStatus status, List<Activity> stream, Spec spec) {
    String previous = "l0";
    Set<Instant> activityInstants = new HashSet<>();
    stream.forEach(a -> activityInstants.add(a.at()));
    for (TierChange c : status.history()) {
      assertThat(c.from()).isEqualTo(previous);
      boolean up = c.to().compareTo(c.from()) > 0;
      if (up && !reviewsAndGraceEnds(spec).contains(c.at())) {
        // A review raises a level only when lower thresholds come into force for the new period.
        assertThat(activityInstants).contains(c.at());
      } else if (!up) {
        assertThat(reviewsAndGraceEnds(spec)).contains(c.at());
      }
      previous = c.to();
    }
  }

  /** The instants a level may fall at without a grant expiring: reviews and the ends of graces after them. */
  static Set<Instant> reviewsAndGraceEnds(Spec spec) {
    Set<Instant> out = new HashSet<>();
    for (int y = 2020; y <= 2035; y++) {
      Instant review = spec.start().atYear(y).atStartOfDay(spec.zone()).toInstant();
      out.add(review);
      out.add(spec.graced(review));
    }
    return out;
  }

  record Oracle(int level, List<List<Object>> history, Optional<LocalDate> validUntil) {}

  static Oracle oracle(Spec spec, List<Activity> stream, Instant asOf) {
    List<Activity> acts = new ArrayList<>();
    for (Activity a : stream) {
      if (!a.at().isAfter(asOf)) {
        acts.add(a);
      }
    }
    acts.sort(Comparator.comparing(Activity::at));
    Set<String> ids = new HashSet<>();
    acts.removeIf(a -> a.id().isPresent() && !ids.add(a.id().get()));
    List<List<Object>> history = new ArrayList<>();
    if (acts.isEmpty()) {
      return new Oracle(0, history, Optional.empty());
    }
    List<Instant> bounds = new ArrayList<>();
    for (int y = 2020; y <= 2035; y++) {
      bounds.add(spec.start().atYear(y).atStartOfDay(spec.zone()).toInstant());
    }
    int k = periodOf(bounds, acts.get(0).at());
    // earned: the earned level; held/holdEnd: a level a review lowered, kept through its grace
    // (held 0: none); shown: what the customer holds, the highest of the two.
    int earned = 0;
    int held = 0;
    Instant holdEnd = Instant.MAX;
    int shown = 0;
    // results: the earned result of each completed period; life: the lifetime floor they give.
    List<Integer> results = new ArrayList<>();
    int life = 0;
    BigDecimal carry = BigDecimal.ZERO;
    Sums sums;
    while (true) {
      sums = sums(acts, acts.size(), bounds.get(k), bounds.get(k + 1), carry);
      for (int i = 0; i < acts.size(); i++) {
        Activity a = acts.get(i);
        if (!a.at().isBefore(bounds.get(k)) && a.at().isBefore(bounds.get(k + 1))) {
          if (held > 0 && !holdEnd.isAfter(a.at())) {
            held = 0;
            shown = change(history, holdEnd, shown, Math.max(earned, life));
          }
          Sums upTo = sums(acts, i + 1, bounds.get(k), bounds.get(k + 1), carry);
          earned = Math.max(earned, spec.qualified(upTo, first(bounds, k, spec), results));
          shown = change(history, a.at(), shown, Math.max(Math.max(earned, held), life));
        }
      }
      Instant next = bounds.get(k + 1);
      if (held > 0 && holdEnd.isBefore(next) && !holdEnd.isAfter(asOf)) {
        held = 0;
        shown = change(history, holdEnd, shown, Math.max(earned, life));
      }
      if (next.isAfter(asOf)) {
        break;
      }
      int reached = spec.qualified(sums, first(bounds, k, spec), results);
      results.add(reached);
      life = Math.max(life, spec.lifetime(results));
      int floor = spec.maxDrop() == 0 ? 0 : Math.max(0, earned - spec.maxDrop());
      int to = spec.nextPeriod() ? Math.max(reached, floor) : floor;
      carry = spec.rollsOver() ? spec.carry(sums, reached, first(bounds, k, spec), carry) : BigDecimal.ZERO;
      to = Math.max(to, spec.qualified(new Sums(carry, 0), first(bounds, k + 1, spec), results));
      if (to < earned && spec.graceMonths() > 0) {
        held = earned;
        holdEnd = spec.graced(next);
      }
      earned = to;
      shown = change(history, next, shown, Math.max(Math.max(earned, held), life));
      k++;
    }
    Optional<LocalDate> validUntil = Optional.empty();
    if (shown > 0 && shown != life) {
      Instant end;
      if (held > earned) {
        end = holdEnd;
      } else {
        boolean again = spec.qualified(sums, first(bounds, k, spec), results) >= earned;
        end = spec.nextPeriod() && again ? bounds.get(k + 2) : bounds.get(k + 1);
        end = spec.graceMonths() > 0 ? spec.graced(end) : end;
      }
      validUntil = Optional.of(end.minusNanos(1).atZone(spec.zone()).toLocalDate());
    }
    return new Oracle(shown, history, validUntil);
  }

  /** The number of {@code results} at {@code level} or above, or with {@code consecutive} the longest run of them. */
  static int atLeast(List<Integer> results, int level, boolean consecutive) {
    int n = 0;
    int run = 0;
    for (int r : results) {
      run = r >= level ? run + 1 : 0;
      n = consecutive ? Math.max(n, run) : n + (r >= level ? 1 : 0);
    }
    return n;
  }

  /** Records a change from {@code from} to {@code to} at {@code at} if they differ; returns {@code to}. */
  static int change(List<List<Object>> history, Instant at, int from, int to) {
    if (to != from) {
      history.add(List.of(at, "l" + from, "l" + to));
    }
    return to;
  }

  /** The first day of period {@code k}. */
  static LocalDate first(List<Instant> bounds, int k, Spec spec) {
    return bounds.get(k).atZone(spec.zone()).toLocalDate();
  }

  static int periodOf(List<Instant> bounds, Instant t) {
    int k = 0;
    while (!bounds.get(k + 1).isAfter(t)) {
      k++;
    }
    return k;
  }

  /** A period's xp (carry included) and count of activities. */
  record Sums(BigDecimal xp, long n) {}

  /** xp (plus carry) and count of the first {@code upTo} activities that fall in [from, to). */
  static Sums sums(List<Activity> acts, int upTo, Instant from, Instant to, BigDecimal carry) {
    BigDecimal xp = carry;
    long n = 0;
    for (Activity a : acts.subList(0, upTo)) {
      if (!a.at().isBefore(from) && a.at().isBefore(to)) {
        xp = xp.add(a.number("xp").orElse(BigDecimal.ZERO));
        n++;
      }
    }
    return new Sums(xp, n);
  }
}
