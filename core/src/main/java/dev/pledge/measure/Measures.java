package dev.pledge.measure;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.report.Proportion;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.tier.LevelTimeline;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds customers (their activities and tier status) and cases (their events and promise outcome)
 * into what customers feel, per period and per level: satisfaction, NPS, active, new, repeat and
 * churned customers, requests, and what a broken promise costs. Every figure is defined in
 * docs/measures.md.
 *
 * <p>Streaming: memory grows with the number of customers (each keeps its level changes and churn
 * instants) and of periods, not with activities or cases, as long as each customer is added before
 * their cases. A case whose customer has not been added yet waits for them; {@link #report} counts
 * the customers still awaited as customers without activities. The figures do not depend on the
 * order in which customers, or cases, are added.
 *
 * <p>Mutable and not thread-safe.
 */
public final class Measures {
  /** The most periods a report covers: about 1,900 years of weeks, 8,300 of months. */
  public static final int MAX_PERIODS = 100_000;
  private static final Comparator<Activity> BY_TIME = Comparator.comparing(Activity::at);
  private static final Comparator<CaseEvent> EVENTS_BY_TIME = Comparator.comparing(CaseEvent::at);

  private final MeasureSettings settings;
  private final Instant asOf;
  private final Map<String, Integer> slots = new HashMap<>();
  /** Per period (by its first day's epoch day): slot 0 overall, then one per level. */
  private final TreeMap<Long, Tally[]> tallies = new TreeMap<>();
  private final Map<Long, Instant> starts = new HashMap<>();
  private final Map<String, Track> customers = new HashMap<>();
  private final Map<String, List<CaseRecord>> awaiting = new HashMap<>();
  private final long[] costs = new long[8]; // hits and n of csatKept, csatBroken, churnKept, churnBroken
  private boolean everyCustomerAdded;

  private Measures(MeasureSettings settings, Instant asOf) {
    this.settings = settings;
    this.asOf = asOf;
    for (int i = 0; i < settings.levels().size(); i++) {
      slots.put(settings.levels().get(i), i + 1);
    }
  }

  /** An empty fold that counts up to {@code asOf}: nothing later is seen. */
  public static Measures create(MeasureSettings settings, Instant asOf) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(asOf, "asOf");
    return new Measures(settings, asOf);
  }

  /** The settings counted by. */
  public MeasureSettings settings() {
    return settings;
  }

  /**
   * Counts one customer: their active activities and survey answers up to {@code asOf} (other
   * customers' activities are ignored; a repeated activity id counts once), under the level they
   * held at the start of each period according to {@code status}'s history. Counts the customer's
   * cases that were waiting for them.
   *
   * @param status the customer's status in the settings' program, as evaluated at {@code asOf}
   *     (its history gives the level at each instant); empty: the program's lowest level throughout
   * @throws InvalidValueException if the customer was added before, or {@code status} is of
   *     another program or names a level the settings do not list
   */
  public Measures addCustomer(String customer, List<Activity> activities, Optional<TierStatus> status) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(status, "status");
    if (customers.containsKey(customer)) {
      throw new InvalidValueException("customer", "customer " + customer + " was added twice");
    }
    if (everyCustomerAdded) {
      throw new InvalidValueException("customer", "customer " + customer + " was added after everyCustomerAdded()");
    }
    Track track = track(status);
    customers.put(customer, track);
    List<Activity> mine = seen(customer, activities);
    countActivity(mine, track);
    countAnswers(mine, track);
    for (CaseRecord waiting : Optional.ofNullable(awaiting.remove(customer)).orElse(List.of())) {
      countCase(waiting, track);
    }
    return this;
  }

  /**
   * Counts one case: the period it was opened in, its last rating up to {@code asOf}, and whether
   * its promises were kept or broken. Ignored if it opens after {@code asOf}.
   *
   * @param events the events of one case, in any order, its {@code opened} among them
   * @param outcome the case's promise outcome at {@code asOf}
   * @throws InvalidValueException if there is no {@code opened} event, or the outcome is of
   *     another case
   */
  public Measures addCase(List<CaseEvent> events, CaseOutcome outcome) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(outcome, "outcome");
    CaseEvent[] sorted = events.toArray(new CaseEvent[0]);
    Arrays.sort(sorted, EVENTS_BY_TIME); // stable: ties keep their order, so the later one wins
    CaseEvent opened = null;
    CaseEvent rating = null;
    Set<String> ids = new HashSet<>();
    for (CaseEvent e : sorted) {
      if (e.at().isAfter(asOf) || e.id().isPresent() && !ids.add(e.id().get())) {
        continue;
      }
      if (e.type() == CaseEventType.OPENED && opened == null) {
        opened = e;
      } else if (Ratings.isRating(e)) {
        rating = e;
      }
    }
    if (opened == null) {
      if (Arrays.stream(sorted).anyMatch(e -> e.type() == CaseEventType.OPENED)) {
        return this; // opens after asOf
      }
      throw new InvalidValueException("events", "case " + outcome.caseId() + " has no opened event");
    }
    if (!opened.caseId().equals(outcome.caseId())) {
      throw new InvalidValueException("outcome", "the outcome is of case " + outcome.caseId()
          + ", but the events are of case " + opened.caseId());
    }
    CaseRecord record = new CaseRecord(opened.customer().orElseThrow(), opened.at(), opened.channel().orElseThrow(),
        opened.tags(), outcome.policy().map(ServicePolicy::id), decision(outcome),
        rating == null ? 0 : Ratings.score(rating), rating == null ? null : rating.at());
    Track track = customers.get(record.customer);
    if (track == null && everyCustomerAdded) {
      countCase(record, withoutActivities());
    } else if (track == null) {
      awaiting.computeIfAbsent(record.customer, c -> new ArrayList<>()).add(record);
    } else {
      countCase(record, track);
    }
    return this;
  }

  /**
   * Says that every customer with activities or a status has been added: the cases still waiting,
   * and every later case of a customer not added, count at once as those of customers without
   * activities (at the lowest level), so that memory no longer holds cases. Adding a customer
   * afterwards is an error.
   */
  public Measures everyCustomerAdded() {
    countAwaited();
    everyCustomerAdded = true;
    return this;
  }

  /** Adds the customers still awaited by cases as customers without activities, counting their cases. */
  private void countAwaited() {
    for (Map.Entry<String, List<CaseRecord>> waiting : awaiting.entrySet()) {
      Track track = withoutActivities();
      customers.put(waiting.getKey(), track);
      waiting.getValue().forEach(c -> countCase(c, track));
    }
    awaiting.clear();
  }

  /** The track of a customer with no activities and no status: the lowest level throughout. */
  private Track withoutActivities() {
    return new Track(settings.program().isPresent() ? 1 : 0, new Instant[0], new int[0]);
  }

  /**
   * The figures so far. Customers whose cases still wait for them are added first, as customers
   * without activities (adding them afterwards is then an error).
   */
  public MeasuresReport report() {
    countAwaited();
    LocalDate last = periodOf(asOf);
    LocalDate first = tallies.isEmpty() ? last : LocalDate.ofEpochDay(tallies.firstKey());
    long span = 1 + (settings.period() == PeriodUnit.WEEK ? java.time.temporal.ChronoUnit.WEEKS.between(first, last)
        : java.time.temporal.ChronoUnit.MONTHS.between(first, last) / (settings.period() == PeriodUnit.MONTH ? 1 : 3));
    if (span > MAX_PERIODS) {
      throw new InvalidValueException("asOf", "the figures would run from " + settings.period().name(first)
          + " to " + settings.period().name(last) + ", more than " + MAX_PERIODS + " periods; the earliest data "
          + "(an activity, a survey answer, a case or a rating) is in " + settings.period().name(first));
    }
    List<PeriodFigures> periods = new ArrayList<>();
    Tally[] previous = null;
    for (LocalDate p = first; !p.isAfter(last); p = settings.period().next(p)) {
      Tally[] row = tallies.getOrDefault(p.toEpochDay(), new Tally[slots.size() + 1]);
      for (int slot = 0; slot <= slots.size(); slot++) {
        Tally t = row[slot] == null ? new Tally() : row[slot];
        Tally before = previous == null ? null : previous[slot] == null ? new Tally() : previous[slot];
        periods.add(t.figures(settings.period().name(p), start(p), start(settings.period().next(p)),
            slot == 0 ? Optional.empty() : Optional.of(settings.levels().get(slot - 1)), before));
      }
      previous = row;
    }
    return new MeasuresReport(periods, new BrokenPromises(new Proportion(costs[0], costs[1]),
        new Proportion(costs[2], costs[3]), new Proportion(costs[4], costs[5]), new Proportion(costs[6], costs[7])));
  }

  // ---- customers

  private Track track(Optional<TierStatus> status) {
    if (settings.program().isEmpty()) {
      return new Track(0, new Instant[0], new int[0]);
    }
    if (status.isEmpty()) {
      return new Track(1, new Instant[0], new int[0]);
    }
    TierStatus s = status.get();
    if (!s.program().equals(settings.program().get())) {
      throw new InvalidValueException("status", "the status is of program " + s.program()
          + ", but the measures break down by " + settings.program().get());
    }
    // the timeline's levels as slots: a customer's track is kept for every customer, compactly
    LevelTimeline timeline = LevelTimeline.of(s);
    List<String> levels = timeline.changeLevels();
    int[] to = new int[levels.size()];
    for (int i = 0; i < to.length; i++) {
      to[i] = slot(levels.get(i));
    }
    return new Track(slot(timeline.initial()), timeline.changeInstants().toArray(new Instant[0]), to);
  }

  private int slot(String level) {
    Integer slot = slots.get(level);
    if (slot == null) {
      throw new InvalidValueException("status", "level " + level + " is not one of the program's levels "
          + settings.levels());
    }
    return slot;
  }

  /** The customer's activities up to {@code asOf}, oldest first, each id once. */
  private List<Activity> seen(String customer, List<Activity> activities) {
    List<Activity> mine = new ArrayList<>();
    for (Activity a : activities) {
      if (a.customer().equals(customer) && !a.at().isAfter(asOf)) {
        mine.add(a);
      }
    }
    mine.sort(BY_TIME);
    Set<String> ids = new HashSet<>();
    mine.removeIf(a -> a.id().isPresent() && !ids.add(a.id().get()));
    return mine;
  }

  /**
   * Active, new, repeat and churned. The customer is active from each active activity {@code t}
   * until {@code t + churnAfter}; a run of activities each within {@code churnAfter} of the last
   * is one stretch {@code (first, last + churnAfter]}, at whose end the customer churns (if it is
   * not after {@code asOf}). Active at a boundary {@code B} between periods means {@code B} lies
   * in a stretch: {@code first < B <= end}.
   */
  private void countActivity(List<Activity> mine, Track track) {
    List<Activity> active = mine.stream().filter(a -> settings.activeKinds().contains(a.kind())).toList();
    List<Instant> churns = new ArrayList<>();
    int i = 0;
    while (i < active.size()) {
      Instant from = active.get(i).at();
      Instant end = plusChurn(from);
      while (i + 1 < active.size() && !active.get(i + 1).at().isAfter(end)) {
        i++;
        Instant next = plusChurn(active.get(i).at());
        end = next.isAfter(end) ? next : end; // a later activity never ends a stretch earlier (DST fall-back)
      }
      i++;
      if (!end.isAfter(asOf)) {
        churns.add(end);
        count(periodOf(end), track, t -> t.churned++);
      }
      LocalDate p = periodOf(from);
      for (LocalDate next = settings.period().next(p); ; next = settings.period().next(p)) {
        Instant boundary = start(next);
        if (boundary.isAfter(end) || boundary.isAfter(asOf)) {
          break;
        }
        count(p, track, t -> t.activeAtEnd++);
        count(next, track, t -> t.activeAtStart++);
        p = next;
      }
      if (end.isAfter(asOf)) {
        count(p, track, t -> t.activeAtEnd++);
      }
    }
    track.churns = churns.toArray(new Instant[0]);
    LocalDate firstPeriod = null;
    Map<LocalDate, BigDecimal> amounts = new LinkedHashMap<>();
    for (Activity a : active) {
      LocalDate p = periodOf(a.at());
      firstPeriod = firstPeriod == null ? p : firstPeriod;
      amounts.merge(p, a.number("amount").orElse(BigDecimal.ZERO), BigDecimal::add);
    }
    LocalDate newIn = firstPeriod;
    amounts.forEach((p, amount) -> count(p, track, p.equals(newIn) ? t -> {
      t.newCustomers++;
      t.amountNew = t.amountNew.add(amount);
    } : t -> {
      t.repeat++;
      t.amountRepeat = t.amountRepeat.add(amount);
    }));
  }

  /** Each customer's last survey answer in a period. */
  private void countAnswers(List<Activity> mine, Track track) {
    Map<LocalDate, Integer> last = new LinkedHashMap<>();
    for (Activity a : mine) {
      Ratings.nps(a).ifPresent(nps -> last.put(periodOf(a.at()), nps));
    }
    last.forEach((p, nps) -> count(p, track, t -> t.nps = t.nps.plus(nps)));
  }

  // ---- cases

  private enum Decision { KEPT, BROKEN, UNDECIDED }

  private static Decision decision(CaseOutcome outcome) {
    boolean allAchieved = !outcome.instances().isEmpty();
    for (MetricInstance i : outcome.instances()) {
      if (i.state() == InstanceState.BREACHED) {
        return Decision.BROKEN;
      }
      allAchieved &= i.state() == InstanceState.ACHIEVED;
    }
    return allAchieved ? Decision.KEPT : Decision.UNDECIDED;
  }

  /** What a case contributes, kept until its customer is known. */
  private record CaseRecord(String customer, Instant opened, String channel, Set<String> tags,
      Optional<String> policy, Decision decision, int score, Instant ratedAt) {}

  private void countCase(CaseRecord c, Track track) {
    count(periodOf(c.opened), track, t -> {
      t.opened++;
      t.byChannel.merge(c.channel, 1L, Long::sum);
      c.tags.forEach(tag -> t.byTag.merge(tag, 1L, Long::sum));
      c.policy.ifPresentOrElse(p -> t.byPolicy.merge(p, 1L, Long::sum), () -> t.unpromised++);
    });
    if (c.score > 0) {
      count(periodOf(c.ratedAt), track, t -> {
        t.csat = t.csat.plus(c.score);
        t.csatByChannel.merge(c.channel, Csat.NONE.plus(c.score), (a, b) -> a.plus(c.score));
        c.policy.ifPresent(p -> t.csatByPolicy.merge(p, Csat.NONE.plus(c.score), (a, b) -> a.plus(c.score)));
      });
    }
    if (c.decision == Decision.UNDECIDED) {
      return;
    }
    int at = c.decision == Decision.KEPT ? 0 : 2;
    if (c.score > 0) {
      costs[at] += c.score >= 4 ? 1 : 0;
      costs[at + 1]++;
    }
    Instant window = plusChurn(c.opened);
    if (!window.isAfter(asOf)) {
      costs[at + 4] += track.churnedWithin(c.opened, window) ? 1 : 0;
      costs[at + 5]++;
    }
  }

  // ---- periods and tallies

  private Instant plusChurn(Instant at) {
    return at.atZone(settings.zone()).plus(settings.churnAfter()).toInstant();
  }

  private LocalDate periodOf(Instant at) {
    return settings.period().start(at.atZone(settings.zone()).toLocalDate());
  }

  /** The period's first instant, computed once per period (zone rules are slow to ask). */
  private Instant start(LocalDate period) {
    return starts.computeIfAbsent(period.toEpochDay(), day -> period.atStartOfDay(settings.zone()).toInstant());
  }

  /** Counts {@code change} overall and under the level {@code track} held at the period's start. */
  private void count(LocalDate period, Track track, java.util.function.Consumer<Tally> change) {
    Tally[] row = tallies.computeIfAbsent(period.toEpochDay(), p -> new Tally[slots.size() + 1]);
    change.accept(row[0] == null ? (row[0] = new Tally()) : row[0]);
    int slot = slots.isEmpty() ? 0 : track.levelAt(start(period));
    if (slot != 0) {
      change.accept(row[slot] == null ? (row[slot] = new Tally()) : row[slot]);
    }
  }
}
