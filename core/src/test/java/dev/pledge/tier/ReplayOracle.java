package dev.pledge.tier;

import dev.pledge.customer.Activity;
import dev.pledge.tier.TierSpec.Kind;
import dev.pledge.tier.TierSpec.Sums;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately plain re-computation of a {@link TierSpec} program, for {@link TierReplayProperties}:
 * walks the events (flights, {@code override}, {@code subscription} and {@code extension} events)
 * and the boundaries (reviews, the ends of graces, overrides and subscriptions, the starts of queued
 * subscriptions) in time order, a boundary before the events of its instant; re-sums the running period's flights from scratch at every step; and cuts periods with
 * its own date arithmetic rather than the engine's {@link TierPeriod}s.
 */
final class ReplayOracle {
  /**
   * What the oracle expects: the level at asOf, the history as (at, from, to), validUntil, and the
   * running period's sums (empty without any event).
   */
  record Expected(int level, List<List<Object>> history, Optional<LocalDate> validUntil, Optional<Sums> sums) {}

  /** An override: {@code level} held from its event to {@code end} (exclusive). */
  private record Override(int level, Instant end) {}

  private final TierSpec spec;
  private final ZoneId zone;
  /** The customer's events up to asOf, in time order (ties in input order), ids once. */
  private final List<Activity> events;
  private final List<List<Object>> history = new ArrayList<>();
  // The running period: the index of its first event, its first day and exclusive end.
  private int startIdx;
  private LocalDate startDay;
  private Instant periodEnd;
  // earned: the earned level; held/holdEnd: a level a review lowered, kept through its grace (held
  // 0: none); life: the lifetime floor; shown: the level held, the highest of these and overrides.
  private int earned;
  private int held;
  private Instant holdEnd = Instant.MAX;
  private int life;
  private int shown;
  private final List<Override> overrides = new ArrayList<>();
  // The running subscription (subLevel 0: none) until subEnd, and a queued one that starts at
  // queuedFrom (null: none) with queuedLevel until queuedEnd (queuedLevel 0: it only ends the running one).
  private int subLevel;
  private Instant subEnd;
  private int queuedLevel;
  private Instant queuedEnd;
  private Instant queuedFrom;
  private BigDecimal carry = BigDecimal.ZERO;
  /** The earned result of each completed period, oldest first. */
  private final List<Integer> results = new ArrayList<>();
  /** Per extension event: its instant and the reviews it still covers. */
  private final List<Instant> extensionAt = new ArrayList<>();
  private final List<Integer> extensionLeft = new ArrayList<>();
  /** Per event, the level held just before it was applied. */
  private final int[] levelBefore;
  private LocalDate anchor;

  private ReplayOracle(TierSpec spec, List<Activity> events) {
    this.spec = spec;
    this.zone = spec.zone();
    this.events = events;
    this.levelBefore = new int[events.size()];
    for (Activity a : events) {
      if (a.kind().equals("extension")) {
        extensionAt.add(a.at());
        extensionLeft.add(a.number("reviews").orElseThrow().intValueExact());
      }
    }
  }

  /** What the engine should say for {@code stream}: flights, and override, subscription and extension events of program p. */
  static Expected expected(TierSpec spec, List<Activity> stream, Instant asOf) {
    List<Activity> events = new ArrayList<>();
    for (Activity a : stream) {
      if (!a.at().isAfter(asOf)) {
        events.add(a);
      }
    }
    events.sort(Comparator.comparing(Activity::at));
    Set<String> ids = new HashSet<>();
    events.removeIf(a -> a.id().isPresent() && !ids.add(a.id().get()));
    if (events.isEmpty()) {
      return new Expected(0, List.of(), Optional.empty(), Optional.empty());
    }
    return new ReplayOracle(spec, events).run(asOf);
  }

  private Expected run(Instant asOf) {
    LocalDate firstDay = date(events.get(0).at());
    anchor = spec.period().joined().orElse(firstDay);
    LocalDate[] first = firstPeriod(firstDay);
    startDay = first[0];
    periodEnd = midnight(first[1]);
    int i = 0;
    while (true) {
      Instant event = i < events.size() ? events.get(i).at() : Instant.MAX;
      Instant boundary = nextBoundary();
      if (!boundary.isAfter(event) && !boundary.isAfter(asOf)) {
        if (periodEnd.equals(boundary)) {
          review(boundary, i);
        }
        if (held > 0 && !holdEnd.isAfter(boundary)) {
          held = 0;
        }
        overrides.removeIf(o -> !o.end().isAfter(boundary));
        if (subLevel > 0 && !subscriptionEnd().isAfter(boundary)) {
          subLevel = 0;
        }
        if (queuedFrom != null && !queuedFrom.isAfter(boundary)) {
          subLevel = queuedLevel;
          subEnd = queuedEnd;
          queuedFrom = null;
        }
        shown = change(boundary, shown, display());
      } else if (i < events.size()) {
        levelBefore[i] = shown;
        apply(i);
        shown = change(events.get(i).at(), shown, display());
        i++;
      } else {
        break;
      }
    }
    return new Expected(shown, history, validUntil(), Optional.of(sums(startIdx, events.size())));
  }

  /** The earliest of the period's end, the grace's end, the overrides' ends and the subscription's changes. */
  private Instant nextBoundary() {
    Instant next = held > 0 && holdEnd.isBefore(periodEnd) ? holdEnd : periodEnd;
    for (Override o : overrides) {
      next = o.end().isBefore(next) ? o.end() : next;
    }
    if (subLevel > 0 && subscriptionEnd().isBefore(next)) {
      next = subscriptionEnd();
    }
    if (queuedFrom != null && queuedFrom.isBefore(next)) {
      next = queuedFrom;
    }
    return next;
  }

  /** The running subscription ends at its own end, or where a queued one starts if that is earlier. */
  private Instant subscriptionEnd() {
    return queuedFrom != null && queuedFrom.isBefore(subEnd) ? queuedFrom : subEnd;
  }

  private int display() {
    int level = Math.max(Math.max(Math.max(earned, held), life), subLevel);
    for (Override o : overrides) {
      level = Math.max(level, o.level());
    }
    return level;
  }

  /** The review at boundary {@code b}; events before index {@code next} belong to the period ending. */
  private void review(Instant b, int next) {
    Sums sums = sums(startIdx, next);
    int reached = spec.qualified(sums, startDay, results);
    boolean retained = spec.retains(earned, sums, startDay);
    int result = retained ? Math.max(reached, earned) : reached;
    results.add(result);
    life = Math.max(life, spec.lifetime(results));
    int floor = spec.maxDrop() == 0 ? 0 : Math.max(0, earned - spec.maxDrop());
    int to = spec.nextPeriod() ? Math.max(reached, floor) : floor;
    if (retained) {
      to = Math.max(to, earned);
    }
    BigDecimal opening = spec.carry(sums, result, startDay, carry);
    LocalDate newStart = date(b);
    to = Math.max(to, spec.qualified(new Sums(opening, 0, BigDecimal.ZERO), newStart, results));
    boolean extended = false;
    for (int e = 0; e < extensionAt.size(); e++) {
      if (!extensionAt.get(e).isAfter(b) && extensionLeft.get(e) > 0) {
        extensionLeft.set(e, extensionLeft.get(e) - 1);
        extended = true;
      }
    }
    if (extended) {
      to = Math.max(to, earned);
    }
    if (to < earned && spec.graceMonths() > 0) {
      held = earned;
      holdEnd = spec.graced(b);
    }
    earned = to;
    carry = opening;
    startIdx = next;
    startDay = newStart;
    periodEnd = midnight(nextEnd(newStart));
  }

  private void apply(int i) {
    Activity a = events.get(i);
    if (a.kind().equals("override")) {
      int level = Integer.parseInt(a.text("level").orElseThrow().substring(1));
      Instant end = midnight(LocalDate.parse(a.text("until").orElseThrow()).plusDays(1));
      if (end.isAfter(a.at())) {
        overrides.add(new Override(level, end));
      }
      return;
    }
    if (a.kind().equals("subscription")) {
      int level = Integer.parseInt(a.text("level").orElseThrow().substring(1));
      Instant end = midnight(LocalDate.parse(a.text("until").orElseThrow()).plusDays(1));
      Instant from = a.text("from").map(f -> f.length() == 10 ? midnight(LocalDate.parse(f)) : Instant.parse(f))
          .filter(f -> f.isAfter(a.at())).orElse(a.at());
      int plan = end.isAfter(from) ? level : 0;
      if (from.equals(a.at())) {
        subLevel = plan;
        subEnd = end;
        queuedFrom = null;
      } else {
        queuedLevel = plan;
        queuedEnd = end;
        queuedFrom = from;
      }
      return;
    }
    if (!a.kind().equals("flight")) {
      return;
    }
    Sums sums = sums(startIdx, i + 1);
    int q = spec.qualified(sums, startDay, results);
    if (q > earned && spec.stepwise()) {
      // One level at a time, each step a new period that opens with its rollover and is tested again.
      while (spec.qualified(sums, startDay, results) > earned) {
        changeLevel(earned + 1, sums, i);
        sums = sums(startIdx, i + 1);
        shown = change(a.at(), shown, display());
      }
    } else if (q > earned) {
      if (spec.period().kind() == Kind.SINCE_LEVEL_CHANGE) {
        changeLevel(q, sums, i);
      } else {
        earned = q;
      }
    }
  }

  /** Since-level-change: the earned level becomes {@code level} at event {@code i}, cutting the period short there. */
  private void changeLevel(int level, Sums sums, int i) {
    earned = level;
    // The period cut short is complete, its result the level reached.
    results.add(level);
    life = Math.max(life, spec.lifetime(results));
    carry = spec.carry(sums, level, startDay, carry);
    startIdx = i + 1;
    startDay = date(events.get(i).at());
    periodEnd = midnight(nextEnd(startDay));
  }

  /** The last day the level shown holds: the latest end of the sources that give it. */
  private Optional<LocalDate> validUntil() {
    if (shown == 0 || shown == life) {
      return Optional.empty();
    }
    Instant end = Instant.MIN;
    if (earned == shown) {
      // The next reviews that keep it: the first if the running period earns it again (next-period)
      // or retains it, then as many as the extensions cover.
      Sums sums = sums(startIdx, events.size());
      boolean again = spec.qualified(sums, startDay, results) >= earned;
      int kept = spec.nextPeriod() && again || spec.retains(earned, sums, startDay) ? 1 : 0;
      for (int left : extensionLeft) {
        kept = Math.max(kept, left);
      }
      end = periodEnd;
      for (int k = 0; k < kept; k++) {
        end = midnight(nextEnd(date(end)));
      }
      end = spec.graced(end);
    }
    if (held == shown && holdEnd.isAfter(end)) {
      end = holdEnd;
    }
    for (Override o : overrides) {
      if (o.level() == shown && o.end().isAfter(end)) {
        end = o.end();
      }
    }
    if (subLevel == shown && subscriptionEnd().isAfter(end)) {
      end = subscriptionEnd();
    }
    return Optional.of(end.minusNanos(1).atZone(zone).toLocalDate());
  }

  /**
   * xp (plus carry), count and xp taken while at the spec's while-level, of the flights among the
   * events with indexes in [from, to).
   */
  private Sums sums(int from, int to) {
    BigDecimal xp = carry;
    BigDecimal xpAt = BigDecimal.ZERO;
    long n = 0;
    for (int k = from; k < to; k++) {
      Activity a = events.get(k);
      if (!a.kind().equals("flight")) {
        continue;
      }
      BigDecimal v = a.number("xp").orElse(BigDecimal.ZERO);
      xp = xp.add(v);
      n++;
      if (spec.whileLevel() > 0 && levelBefore[k] >= spec.whileLevel()) {
        xpAt = xpAt.add(v);
      }
    }
    return new Sums(xp, n, xpAt);
  }

  /** The first day and the exclusive end day of the period that holds the first event's day. */
  private LocalDate[] firstPeriod(LocalDate day) {
    if (spec.period().kind() == Kind.SINCE_LEVEL_CHANGE) {
      // Before any change: 12-month steps from the anchor (aligned: each step from the moved end).
      boolean aligned = spec.period().align().isPresent();
      LocalDate start = anchor;
      LocalDate end = aligned ? lastDayOfMonthAfter(anchor.plusMonths(12)) : anchor.plusMonths(12);
      for (int k = 2; !end.isAfter(day); k++) {
        start = end;
        end = aligned ? nextEnd(end) : anchor.plusMonths(12L * k);
      }
      return new LocalDate[] {start, end};
    }
    List<LocalDate> bounds = boundaries();
    int k = 0;
    while (!bounds.get(k + 1).isAfter(day)) {
      k++;
    }
    return new LocalDate[] {bounds.get(k), bounds.get(k + 1)};
  }

  /** The exclusive end of the period that starts on {@code day} (a boundary, or the day of a change). */
  private LocalDate nextEnd(LocalDate day) {
    if (spec.period().kind() == Kind.SINCE_LEVEL_CHANGE) {
      LocalDate end = day.plusMonths(12);
      return spec.period().align().isPresent() ? lastDayOfMonthAfter(end) : end;
    }
    for (LocalDate b : boundaries()) {
      if (b.isAfter(day)) {
        return b;
      }
    }
    throw new IllegalStateException("no boundary after " + day);
  }

  /** Fixed and membership years: every first day from 2010 to 2045, ascending. */
  private List<LocalDate> boundaries() {
    List<LocalDate> out = new ArrayList<>();
    for (int y = 2010; y <= 2045; y++) {
      if (spec.period().kind() == Kind.FIXED_YEAR) {
        out.add(spec.period().start().atYear(y));
        continue;
      }
      int n = y - anchor.getYear();
      Optional<Alignment> align = spec.period().align();
      if (align.equals(Optional.of(Alignment.MONTH_START))) {
        out.add(anchor.withDayOfMonth(1).plusYears(n));
      } else if (align.isPresent() && n >= 1) {
        out.add(lastDayOfMonthAfter(anchor.plusYears(n)));
      } else {
        out.add(anchor.plusYears(n));
      }
    }
    return out;
  }

  /** For a period ending before {@code end}: the day after the last day of the month of its last day. */
  static LocalDate lastDayOfMonthAfter(LocalDate end) {
    LocalDate last = end.minusDays(1);
    return last.withDayOfMonth(last.lengthOfMonth()).plusDays(1);
  }

  private LocalDate date(Instant t) {
    return t.atZone(zone).toLocalDate();
  }

  private Instant midnight(LocalDate d) {
    return d.atStartOfDay(zone).toInstant();
  }

  /** Records a change from {@code from} to {@code to} at {@code at} if they differ; returns {@code to}. */
  private int change(Instant at, int from, int to) {
    if (to != from) {
      history.add(List.of(at, "l" + from, "l" + to));
    }
    return to;
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
}
