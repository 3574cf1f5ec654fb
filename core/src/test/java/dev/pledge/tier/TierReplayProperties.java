package dev.pledge.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.tier.TierSpec.Carry;
import dev.pledge.tier.TierSpec.Extras;
import dev.pledge.tier.TierSpec.Kind;
import dev.pledge.tier.TierSpec.Life;
import dev.pledge.tier.TierSpec.More;
import dev.pledge.tier.TierSpec.Periods;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The replay against a deliberately simple oracle ({@link ReplayOracle}): for random programs
 * ({@link TierSpec}: calendar, fixed and membership years, since-level-change, month alignment,
 * thresholds on xp optionally OR a count, dated thresholds, validity and grace, downgrade, rollover
 * by level with share and once, years at a level) and random activity streams (refunds, repeated
 * ids, ties), recompute from scratch and compare.
 */
class TierReplayProperties {
  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final long SPAN = 4L * 366 * 86_400;

  @Provide
  Arbitrary<TierSpec> specs() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"),
        ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));
    Arbitrary<long[]> steps = Arbitraries.longs().between(1, 150).array(long[].class).ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(zones, periods(), steps, Arbitraries.integers().between(0, 12).list().ofSize(4),
        Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.of(0L, 0L, 30L, 200L),
        extras())
        .as((zone, period, step, counts, next, drop, roll, extras) -> {
          long[] xp = new long[step.length];
          long[] count = new long[step.length];
          long acc = 0;
          for (int i = 0; i < step.length; i++) {
            acc += step[i];
            xp[i] = acc;
            count[i] = counts.get(i) == 0 ? 0 : 3L * (i + 1) + counts.get(i);
          }
          return new TierSpec(zone, period, xp, count, next, drop, roll, extras);
        });
  }

  Arbitrary<Periods> periods() {
    Arbitrary<MonthDay> starts = Arbitraries.oneOf(Arbitraries.just(MonthDay.of(1, 1)),
        Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
            .as(MonthDay::of));
    Arbitrary<Optional<LocalDate>> joined = Arbitraries.oneOf(Arbitraries.just(Optional.empty()),
        Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 31)).map(Optional::of),
        Arbitraries.integers().between(0, 4 * 365).map(d -> Optional.of(LocalDate.of(2025, 6, 1).plusDays(d))));
    Arbitrary<Periods> fixed = starts.map(s -> new Periods(Kind.FIXED_YEAR, s, Optional.empty(), Optional.empty()));
    Arbitrary<Periods> members = Combinators.combine(
        Arbitraries.of(Optional.<Alignment>empty(), Optional.of(Alignment.MONTH_START), Optional.of(Alignment.MONTH_END)),
        joined).as((align, j) -> new Periods(Kind.MEMBERSHIP_YEAR, MonthDay.of(1, 1), align, j));
    Arbitrary<Periods> rolling = Combinators.combine(
        Arbitraries.of(Optional.<Alignment>empty(), Optional.of(Alignment.MONTH_END)), joined)
        .as((align, j) -> new Periods(Kind.SINCE_LEVEL_CHANGE, MonthDay.of(1, 1), align, j));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, fixed), net.jqwik.api.Tuple.of(1, members), net.jqwik.api.Tuple.of(1, rolling));
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
    Arbitrary<Carry> carries = Combinators.combine(Arbitraries.of(false, false, true), caps, shares,
        Arbitraries.of(false, true)).as(Carry::new);
    return Combinators.combine(Arbitraries.of(0, 0, 1, 2), froms, steps, carries, lives(), mores())
        .as((grace, from, step, carry, life, more) -> {
          long[] xp = new long[step.length];
          long acc = 0;
          for (int i = 0; i < step.length; i++) {
            acc += step[i];
            xp[i] = acc;
          }
          return new Extras(grace, from, xp, carry, life, more);
        });
  }

  Arbitrary<More> mores() {
    return Combinators.combine(Arbitraries.of(0, 0, 1, 2, 3), Arbitraries.longs().between(0, 200),
        Arbitraries.of(0, 0, 1, 2, 3, 4), Arbitraries.longs().between(0, 300), Arbitraries.longs().between(0, 300),
        Arbitraries.of(false, true)).as(More::new);
  }

  Arbitrary<Life> lives() {
    return Combinators.combine(Arbitraries.of(0, 0, 1, 2, 4), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 3), Arbitraries.of(false, true), Arbitraries.of(0, 0, 1, 2),
        Arbitraries.integers().between(1, 2)).as(Life::new);
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

  /** Up to two {@code extension} events of 1 or 2 reviews, some exactly at a midnight starting a year in Paris. */
  @Provide
  Arbitrary<List<Activity>> extensions() {
    Arbitrary<Instant> instants = Arbitraries.oneOf(
        Arbitraries.longs().between(0, SPAN).map(FROM::plusSeconds),
        Arbitraries.integers().between(0, 3).map(y -> LocalDate.of(2026 + y, 1, 1)
            .atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
    Arbitrary<Activity> one = Combinators.combine(instants, Arbitraries.integers().between(1, 2))
        .as((at, reviews) -> TestRules.membership("extension", "c", at, Map.of("program", "p",
            "reviews", BigDecimal.valueOf(reviews), "reason", "status hold")));
    return one.list().ofMaxSize(2);
  }

  @Property(tries = 400)
  void replayEqualsARecomputationFromScratch(@ForAll("specs") TierSpec spec, @ForAll("streams") List<Activity> flights,
      @ForAll("extensions") List<Activity> extensions, @ForAll("grants") List<Activity> grants,
      @ForAll("asOfs") Instant asOf) {
    List<Activity> stream = new ArrayList<>(flights);
    stream.addAll(extensions);
    stream.addAll(withinTop(grants, spec));
    TierStatus status = spec.program().evaluate(spec.customer(), stream, asOf);
    ReplayOracle.Expected expected = ReplayOracle.expected(spec, stream, asOf);
    assertThat(status.history()).extracting(c -> List.of(c.at(), c.from(), c.to()))
        .isEqualTo(expected.history());
    assertThat(status.level()).isEqualTo("l" + expected.level());
    assertThat(status.validUntil()).isEqualTo(expected.validUntil());
    expected.sums().ifPresent(sums -> {
      assertThat(status.metrics().get("xp")).isEqualByComparingTo(sums.xp());
      assertThat(status.metrics().get("n")).isEqualByComparingTo(BigDecimal.valueOf(sums.n()));
      if (spec.whileLevel() > 0) {
        assertThat(status.metrics().get("xpAt")).isEqualByComparingTo(sums.xpAt());
      }
    });
    assertConsistent(status, stream, spec, grantInstants(grants));
  }

  /**
   * The replay is causal: the level that the history evaluated at {@code asOf} gives for an earlier
   * instant (the last change at or before it) is the level evaluated at that instant. The measures
   * and {@code pledge measures} rely on this to find levels at period starts and case openings from
   * one evaluation per customer.
   */
  @Property(tries = 300)
  void theHistoryGivesTheLevelEvaluatedAtEveryEarlierInstant(@ForAll("specs") TierSpec spec,
      @ForAll("streams") List<Activity> flights, @ForAll("extensions") List<Activity> extensions,
      @ForAll("grants") List<Activity> grants, @ForAll("asOfs") Instant asOf, @ForAll("asOfs") Instant earlier) {
    List<Activity> stream = new ArrayList<>(flights);
    stream.addAll(extensions);
    stream.addAll(withinTop(grants, spec));
    Instant at = earlier.isAfter(asOf) ? asOf : earlier;
    TierStatus status = spec.program().evaluate(spec.customer(), stream, asOf);
    String fromHistory = status.history().isEmpty() ? status.level() : status.history().get(0).from();
    for (TierChange change : status.history()) {
      if (!change.at().isAfter(at)) {
        fromHistory = change.to();
      }
    }
    assertThat(fromHistory).isEqualTo(spec.program().evaluate(spec.customer(), stream, at).level());
    // the same rule, as the library gives it to the command line and the Kafka Streams adapter
    assertThat(LevelTimeline.of(status).levelAt(at)).isEqualTo(fromHistory);
    LevelTimeline copy = LevelTimeline.of(status);
    assertThat(LevelTimeline.of(copy.initial(), copy.changeInstants(), copy.changeLevels()).levelAt(at))
        .isEqualTo(fromHistory);
  }

  @Property(tries = 300)
  void historyStaysConsistentWithGrants(@ForAll("specs") TierSpec spec, @ForAll("streams") List<Activity> stream,
      @ForAll("grants") List<Activity> grants, @ForAll("extensions") List<Activity> extensions,
      @ForAll("asOfs") Instant asOf) {
    List<Activity> all = new ArrayList<>(stream);
    all.addAll(extensions);
    all.addAll(withinTop(grants, spec));
    TierStatus status = spec.program().evaluate(spec.customer(), all, asOf);
    assertConsistent(status, all, spec, grantInstants(grants));
  }

  /**
   * Up to three overrides and subscriptions; a subscription may be queued with a {@code from}: a date
   * up to 60 days after the event's (or a few days before: at once), or an instant.
   */
  @Provide
  Arbitrary<List<Activity>> grants() {
    Arbitrary<Optional<String>> froms = Arbitraries.oneOf(Arbitraries.just(Optional.empty()),
        Arbitraries.integers().between(-5, 60).map(d -> Optional.of("d" + d)),
        Arbitraries.longs().between(0, 60L * 86_400).map(s -> Optional.of("s" + s)));
    Arbitrary<Activity> one = Combinators.combine(Arbitraries.longs().between(0, SPAN).map(FROM::plusSeconds),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 400), Arbitraries.of("override", "subscription"),
        froms).as((at, level, days, kind, from) -> {
          LocalDate day = at.atZone(ZoneId.of("UTC")).toLocalDate();
          Map<String, Object> fields = new java.util.HashMap<>(Map.of("program", "p", "level", "l" + level,
              "until", day.plusDays(days).toString()));
          if (kind.equals("subscription") && from.isPresent()) {
            String f = from.get();
            fields.put("from", f.startsWith("d") ? day.plusDays(Long.parseLong(f.substring(1))).toString()
                : at.plusSeconds(Long.parseLong(f.substring(1))).toString());
          }
          return TestRules.membership(kind, "c", at, fields);
        });
    return one.list().ofMaxSize(3);
  }

  /** The instants of the grant events and the starts of queued subscriptions given as instants. */
  static Set<Instant> grantInstants(List<Activity> grants) {
    Set<Instant> out = new HashSet<>();
    for (Activity g : grants) {
      out.add(g.at());
      g.text("from").filter(f -> f.length() > 10).ifPresent(f -> out.add(Instant.parse(f)));
    }
    return out;
  }

  /** The grants with their levels lowered to the program's top level. */
  static List<Activity> withinTop(List<Activity> grants, TierSpec spec) {
    List<Activity> out = new ArrayList<>();
    for (Activity g : grants) {
      int level = Math.min(spec.top(), Integer.parseInt(g.text("level").orElseThrow().substring(1)));
      out.add(g.with("level", "l" + level));
    }
    return out;
  }

  @Provide
  Arbitrary<Instant> asOfs() {
    return Arbitraries.longs().between(0, SPAN + 400L * 86_400).map(FROM::plusSeconds);
  }

  /**
   * Each change's from is the previous to; a level rises only at an activity, a grant event, the
   * start of a queued subscription or a midnight in the program's zone (a review, when lower
   * thresholds or a lifetime come into force); it falls only at a midnight (reviews, the ends of
   * graces, expiries of grants given as dates), a subscription event or a queued start.
   */
  static void assertConsistent(TierStatus status, List<Activity> stream, TierSpec spec, Set<Instant> grantInstants) {
    String previous = "l0";
    Set<Instant> activityInstants = new HashSet<>(grantInstants);
    stream.forEach(a -> activityInstants.add(a.at()));
    for (TierChange c : status.history()) {
      assertThat(c.from()).isEqualTo(previous);
      boolean midnight = c.at().atZone(spec.zone()).toLocalDate().atStartOfDay(spec.zone()).toInstant().equals(c.at());
      if (c.to().compareTo(c.from()) > 0) {
        assertThat(midnight || activityInstants.contains(c.at())).as("a rise at %s", c.at()).isTrue();
      } else {
        assertThat(midnight || grantInstants.contains(c.at())).as("a fall at %s", c.at()).isTrue();
      }
      previous = c.to();
    }
    assertThat(status.level()).isEqualTo(previous);
  }
}
