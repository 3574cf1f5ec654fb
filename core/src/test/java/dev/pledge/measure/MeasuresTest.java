package dev.pledge.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-worked measures: every figure with its arithmetic in the comments (docs/measures.md). */
class MeasuresTest {
  static final SlaEngine ENGINE = SlaEngine.of(List.of(ServicePolicy.builder("reply")
      .calendar(BusinessCalendar.always("24x7")).target(Metric.FIRST_RESPONSE, Duration.ofHours(1))
      .objective("0.9").build()));
  static final MeasureSettings MONTHLY = MeasureSettings.of(Set.of("flight", "order"), Period.ofDays(30),
      PeriodUnit.MONTH, ZoneOffset.UTC);
  static final MeasureSettings BY_LEVEL = MONTHLY.byLevel("status", List.of("blue", "gold"));

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Activity flight(String customer, String instant) {
    return Activity.of(customer, at(instant), "flight");
  }

  static Activity survey(String customer, String instant, int nps) {
    return Activity.of(customer, at(instant), "survey").with("nps", nps);
  }

  /** The events of case {@code id} opened at {@code opened}, answered {@code minutes} later (never when negative). */
  static List<CaseEvent> caseOf(String id, String customer, String opened, int minutes, String channel,
      String... tags) {
    List<CaseEvent> events = new ArrayList<>();
    events.add(CaseEvent.builder(id, at(opened), "opened").customer(customer).channel(channel).priority("normal")
        .tags(Set.of(tags)).build());
    if (minutes >= 0) {
      events.add(CaseEvent.agentReply(id, at(opened).plus(Duration.ofMinutes(minutes))));
    }
    return events;
  }

  static Measures addCase(Measures m, List<CaseEvent> events, Instant asOf) {
    return m.addCase(events, ENGINE.evaluate(events, CustomerContext.of(Customer.of(
        events.get(0).customer().orElseThrow())), asOf));
  }

  static TierStatus status(String initial, TierChange... history) {
    String level = history.length == 0 ? initial : history[history.length - 1].to();
    return new TierStatus("status", level, Instant.EPOCH, Optional.empty(), TierReason.BASE, Optional.empty(),
        Optional.empty(), Map.of(), List.of(history));
  }

  static PeriodFigures overall(MeasuresReport r, String period) {
    return r.find(period, Optional.empty()).orElseThrow();
  }

  static PeriodFigures level(MeasuresReport r, String period, String level) {
    return r.find(period, Optional.of(level)).orElseThrow();
  }

  @Test
  void aChurnOnAPeriodBoundaryCountsInThePeriodItStarts() {
    // One flight on 2 January 00:00 UTC, churnAfter P30D: active until 2 Jan + 30 days = 1 February
    // 00:00, the first instant of February. Active at the end of January (the boundary 1 Feb lies in
    // (2 Jan, 1 Feb]), so active at February's start, and churned in February: rate 1 / 1 = 1.
    Instant asOf = at("2026-03-15T00:00:00Z");
    MeasuresReport r = Measures.create(MONTHLY, asOf)
        .addCustomer("ann", List.of(flight("ann", "2026-01-02T00:00:00Z")), Optional.empty()).report();
    assertThat(r.overall()).extracting(PeriodFigures::period).containsExactly("2026-01", "2026-02", "2026-03");
    CustomerFigures jan = overall(r, "2026-01").customers();
    assertThat(List.of(jan.activeAtStart(), jan.active(), jan.newCustomers(), jan.repeat(), jan.churned()))
        .containsExactly(0L, 1L, 1L, 0L, 0L);
    assertThat(jan.churnRate()).isEmpty(); // nobody active at 1 January
    CustomerFigures feb = overall(r, "2026-02").customers();
    assertThat(List.of(feb.activeAtStart(), feb.active(), feb.newCustomers(), feb.repeat(), feb.churned()))
        .containsExactly(1L, 0L, 0L, 0L, 1L);
    assertThat(feb.churnRate()).hasValue(1.0);
    CustomerFigures mar = overall(r, "2026-03").customers();
    assertThat(List.of(mar.activeAtStart(), mar.active(), mar.churned())).containsExactly(0L, 0L, 0L);
  }

  @Test
  void aGapOfExactlyChurnAfterIsNoChurnAndOneInstantMoreIs() {
    // Flights 2 Jan and 1 Feb 00:00 (exactly 30 days later): one stretch, 2 Jan to 1 Feb + 30 days
    // = 3 March; the only churn is on 3 March. February: active before and again: repeat.
    Instant asOf = at("2026-03-15T00:00:00Z");
    MeasuresReport exact = Measures.create(MONTHLY, asOf).addCustomer("ann", List.of(
        flight("ann", "2026-01-02T00:00:00Z"), flight("ann", "2026-02-01T00:00:00Z")), Optional.empty()).report();
    assertThat(overall(exact, "2026-02").customers().churned()).isZero();
    assertThat(overall(exact, "2026-02").customers().repeat()).isEqualTo(1);
    assertThat(overall(exact, "2026-02").customers().active()).isEqualTo(1); // 1 Mar in (2 Jan, 3 Mar]
    assertThat(overall(exact, "2026-03").customers().churned()).isEqualTo(1);
    // One second later the first stretch ends on 1 Feb 00:00 (churn in February) and a second one
    // runs from 1 Feb 00:00:01 to 3 Mar 00:00:01 (churn in March): two churns.
    MeasuresReport later = Measures.create(MONTHLY, asOf).addCustomer("ann", List.of(
        flight("ann", "2026-01-02T00:00:00Z"), flight("ann", "2026-02-01T00:00:01Z")), Optional.empty()).report();
    assertThat(overall(later, "2026-02").customers().churned()).isEqualTo(1);
    assertThat(overall(later, "2026-02").customers().repeat()).isEqualTo(1);
    assertThat(overall(later, "2026-03").customers().churned()).isEqualTo(1);
  }

  @Test
  void aCustomerWhoseOnlyActivityIsASurveyIsNotActive() {
    // Sam answered 9 on 10 January and did nothing else: one promoter (NPS 100), but neither
    // active, new nor churned; January is still the first period, since the answer is data.
    MeasuresReport r = Measures.create(MONTHLY, at("2026-02-10T00:00:00Z"))
        .addCustomer("sam", List.of(survey("sam", "2026-01-10T12:00:00Z", 9)), Optional.empty()).report();
    PeriodFigures jan = overall(r, "2026-01");
    assertThat(jan.nps()).isEqualTo(new Nps(1, 1, 0, 0));
    assertThat(jan.nps().score()).hasValue(100.0);
    assertThat(List.of(jan.customers().active(), jan.customers().newCustomers(), jan.customers().churned()))
        .containsExactly(0L, 0L, 0L);
    assertThat(overall(r, "2026-02").nps().score()).isEmpty(); // no answer: null, not 0
  }

  @Test
  void aCustomersLastAnswerInAPeriodCounts() {
    // Sam: 3 on 5 Jan, then 10 on 20 Jan: the 10 counts (promoter). Pia: 7 (passive).
    // January: 2 answers, 1 promoter, 1 passive, 0 detractors: NPS = 100 * (1 - 0) / 2 = 50.
    // February: Sam answers 6 (detractor): NPS = 100 * (0 - 1) / 1 = -100.
    MeasuresReport r = Measures.create(MONTHLY, at("2026-02-28T00:00:00Z"))
        .addCustomer("sam", List.of(survey("sam", "2026-01-20T00:00:00Z", 10), survey("sam", "2026-01-05T00:00:00Z", 3),
            survey("sam", "2026-02-03T00:00:00Z", 6)), Optional.empty())
        .addCustomer("pia", List.of(survey("pia", "2026-01-09T00:00:00Z", 7)), Optional.empty()).report();
    assertThat(overall(r, "2026-01").nps()).isEqualTo(new Nps(2, 1, 1, 0));
    assertThat(overall(r, "2026-01").nps().score()).hasValue(50.0);
    assertThat(overall(r, "2026-02").nps()).isEqualTo(new Nps(1, 0, 0, 1));
    assertThat(overall(r, "2026-02").nps().score()).hasValue(-100.0);
  }

  @Test
  void theLevelAtAPeriodsStartCountsEvenWhenItChangesWithinIt() {
    // Ann: blue, gold from 15 February. Flights 5 Jan, 20 Feb, 5 Mar, churnAfter P90D: one stretch
    // to 5 Mar + 90 days = 3 June, after asOf (31 Mar): no churn.
    // January: new, under blue (level on 1 Jan). February: repeat, still under blue (level on
    // 1 Feb), although the flight of 20 Feb came after the upgrade. March: repeat, under gold.
    // Active at the end of February counts under February's level (blue); at the start of March
    // under March's (gold). A case opened 20 Feb counts under blue, one opened 3 Mar under gold.
    MeasureSettings settings = MeasureSettings.of(Set.of("flight"), Period.ofDays(90), PeriodUnit.MONTH,
        ZoneOffset.UTC).byLevel("status", List.of("blue", "gold"));
    Instant asOf = at("2026-03-31T00:00:00Z");
    Measures m = Measures.create(settings, asOf).addCustomer("ann", List.of(flight("ann", "2026-01-05T00:00:00Z"),
        flight("ann", "2026-02-20T00:00:00Z"), flight("ann", "2026-03-05T00:00:00Z")),
        Optional.of(status("blue", TierChange.of(at("2026-02-15T00:00:00Z"), "blue", "gold", TierReason.QUALIFIED))));
    addCase(m, caseOf("c1", "ann", "2026-02-20T10:00:00Z", 5, "email"), asOf);
    addCase(m, caseOf("c2", "ann", "2026-03-03T10:00:00Z", 5, "chat"), asOf);
    MeasuresReport r = m.report();
    assertThat(r.periods()).extracting(p -> p.period() + " " + p.level().orElse("all")).containsExactly(
        "2026-01 all", "2026-01 blue", "2026-01 gold", "2026-02 all", "2026-02 blue", "2026-02 gold",
        "2026-03 all", "2026-03 blue", "2026-03 gold");
    assertThat(level(r, "2026-01", "blue").customers().newCustomers()).isEqualTo(1);
    assertThat(level(r, "2026-02", "blue").customers().repeat()).isEqualTo(1);
    assertThat(level(r, "2026-02", "gold").customers().repeat()).isZero();
    assertThat(level(r, "2026-02", "blue").customers().active()).isEqualTo(1);
    assertThat(level(r, "2026-03", "gold").customers().activeAtStart()).isEqualTo(1);
    assertThat(level(r, "2026-03", "gold").customers().repeat()).isEqualTo(1);
    assertThat(level(r, "2026-03", "gold").customers().active()).isEqualTo(1); // at asOf
    assertThat(level(r, "2026-02", "blue").requests().opened()).isEqualTo(1);
    assertThat(level(r, "2026-02", "gold").requests().opened()).isZero();
    assertThat(level(r, "2026-03", "gold").requests().byChannel()).isEqualTo(Map.of("chat", 1L));
    assertThat(overall(r, "2026-03").customers().churned()).isZero();
  }

  @Test
  void requestsByChannelTagAndPolicyWithTheirChangeAndRatePerThousandActive() {
    // January: three cases (email, email tagged vip, chat); February: one (email, untagged).
    // Change in February: 100 * (1 - 3) / 3 = -66.67 %.
    // Ann flies 10 Jan (active until 9 Feb), Bob 20 Jan (until 19 Feb): both active at the end of
    // January, so 3 cases per 2 active customers = 1,500 per 1,000. Both churn in February (9 and
    // 19 Feb): rate 2 / 2, and none is active at its end, so February has no rate per 1,000.
    Instant asOf = at("2026-02-28T00:00:00Z");
    Measures m = Measures.create(MONTHLY, asOf)
        .addCustomer("ann", List.of(flight("ann", "2026-01-10T00:00:00Z")), Optional.empty())
        .addCustomer("bob", List.of(flight("bob", "2026-01-20T00:00:00Z")), Optional.empty());
    addCase(m, caseOf("c1", "ann", "2026-01-11T10:00:00Z", 5, "email"), asOf);
    addCase(m, caseOf("c2", "ann", "2026-01-12T10:00:00Z", 5, "email", "vip"), asOf);
    addCase(m, caseOf("c3", "bob", "2026-01-21T10:00:00Z", 5, "chat"), asOf);
    addCase(m, caseOf("c4", "bob", "2026-02-02T10:00:00Z", 5, "email"), asOf);
    MeasuresReport r = m.report();
    Requests jan = overall(r, "2026-01").requests();
    assertThat(jan.opened()).isEqualTo(3);
    assertThat(jan.byChannel()).containsExactly(Map.entry("chat", 1L), Map.entry("email", 2L));
    assertThat(jan.byTag()).containsExactly(Map.entry("vip", 1L));
    assertThat(jan.byPolicy()).containsExactly(Map.entry("reply", 3L));
    assertThat(jan.unpromised()).isZero();
    assertThat(jan.change()).isEmpty(); // the first period
    assertThat(jan.perThousandActive()).hasValue(1500.0);
    Requests feb = overall(r, "2026-02").requests();
    assertThat(feb.change().getAsDouble()).isCloseTo(-66.6667, org.assertj.core.data.Offset.offset(0.001));
    assertThat(overall(r, "2026-02").customers().churned()).isEqualTo(2); // 9 Feb and 19 Feb
    assertThat(overall(r, "2026-02").customers().churnRate()).hasValue(1.0); // 2 of the 2 active on 1 Feb
    assertThat(feb.perThousandActive()).isEmpty();
  }

  @Test
  void amountsOfNewAndRepeatCustomers() {
    // Ann orders for 100 and 20 in January (new: 120) and 50 in February (repeat: 50).
    // Bob orders for 30 in February (new: 30).
    Instant asOf = at("2026-02-28T00:00:00Z");
    MeasuresReport r = Measures.create(MONTHLY, asOf)
        .addCustomer("ann", List.of(order("ann", "2026-01-03T00:00:00Z", "100"), order("ann", "2026-01-04T00:00:00Z", "20"),
            order("ann", "2026-02-04T00:00:00Z", "50"), Activity.of("ann", at("2026-02-05T00:00:00Z"), "goodwill")
                .with("amount", 999)), Optional.empty())
        .addCustomer("bob", List.of(order("bob", "2026-02-10T00:00:00Z", "30")), Optional.empty()).report();
    assertThat(overall(r, "2026-01").customers().amountNew()).isEqualByComparingTo("120");
    assertThat(overall(r, "2026-02").customers().amountNew()).isEqualByComparingTo("30");
    assertThat(overall(r, "2026-02").customers().amountRepeat()).isEqualByComparingTo("50"); // goodwill is not active
    assertThat(overall(r, "2026-02").customers().newCustomers()).isEqualTo(1);
    assertThat(overall(r, "2026-02").customers().repeat()).isEqualTo(1);
  }

  static Activity order(String customer, String instant, String amount) {
    return Activity.of(customer, at(instant), "order").with("amount", new BigDecimal(amount));
  }

  @Test
  void churnAfterKeptAndAfterBrokenPromises() {
    // churnAfter P30D, asOf 31 March.
    // c1, Ann, opened 1 Jan 10:00, answered in 30 min: kept. Ann's only flight is 1 Jan 00:00, so
    //   she churns on 31 Jan 00:00, inside (1 Jan 10:00, 31 Jan 10:00]: churned.
    // c2, Bob, opened 1 Jan 10:00, answered after 2 h: broken. Bob flies 1 Jan, 20 Jan, 10 Feb and
    //   5 Mar, each within 30 days of the last: no churn before 4 April: not churned.
    // c3, Cid, opened 20 Mar and kept: its window ends 19 Apr, after asOf: not counted.
    // c4, Cid, opened 30 Mar 23:50, unanswered at asOf: running, counted in neither.
    // churnKept = 1 of 1, churnBroken = 0 of 1.
    Instant asOf = at("2026-03-31T00:00:00Z");
    Measures m = Measures.create(MONTHLY, asOf)
        .addCustomer("ann", List.of(flight("ann", "2026-01-01T00:00:00Z")), Optional.empty())
        .addCustomer("bob", List.of(flight("bob", "2026-01-01T00:00:00Z"), flight("bob", "2026-01-20T00:00:00Z"),
            flight("bob", "2026-02-10T00:00:00Z"), flight("bob", "2026-03-05T00:00:00Z")), Optional.empty());
    addCase(m, caseOf("c1", "ann", "2026-01-01T10:00:00Z", 30, "email"), asOf);
    addCase(m, caseOf("c2", "bob", "2026-01-01T10:00:00Z", 120, "email"), asOf);
    addCase(m, caseOf("c3", "cid", "2026-03-20T10:00:00Z", 30, "email"), asOf);
    addCase(m, caseOf("c4", "cid", "2026-03-30T23:50:00Z", -1, "email"), asOf);
    BrokenPromises b = m.report().brokenPromises();
    assertThat(b.churnKept()).isEqualTo(new dev.pledge.report.Proportion(1, 1));
    assertThat(b.churnBroken()).isEqualTo(new dev.pledge.report.Proportion(0, 1));
    assertThat(b.churnDifference()).hasValue(-100.0);
    assertThat(b.enoughChurnData()).isFalse(); // an interval over one case spans most of [0, 1]
    assertThat(b.verdict()).isEqualTo("CSAT not enough data (0 kept, 0 broken); churn not enough data (1 kept, 1 broken)");
  }

  @Test
  void aCaseRatedTwiceCountsItsLastRatingInThePeriodItWasGiven() {
    // c1: email, opened 30 Jan, answered in 10 min (kept); rated 2 on 31 Jan, then 5 on 2 Feb: the
    // 5 replaces the 2, and counts in February (when it was given), not January.
    // c2: chat, opened 3 Feb, answered after 2 h (broken); rated 1 on 4 Feb, and 5 on 1 March,
    // after asOf (28 Feb): not seen.
    // February: rated 2, satisfied 1 (the 5), share 1 / 2, mean (5 + 1) / 2 = 3.
    // Kept cases rated: 1, satisfied 1; broken: 1, satisfied 0.
    Instant asOf = at("2026-02-28T00:00:00Z");
    Measures m = Measures.create(MONTHLY, asOf);
    List<CaseEvent> c1 = new ArrayList<>(caseOf("c1", "ann", "2026-01-30T10:00:00Z", 10, "email"));
    c1.add(CaseEvent.satisfaction("c1", at("2026-02-02T09:00:00Z"), 5));
    c1.add(CaseEvent.satisfaction("c1", at("2026-01-31T09:00:00Z"), 2));
    List<CaseEvent> c2 = new ArrayList<>(caseOf("c2", "bob", "2026-02-03T10:00:00Z", 120, "chat"));
    c2.add(CaseEvent.satisfaction("c2", at("2026-02-04T09:00:00Z"), 1));
    c2.add(CaseEvent.satisfaction("c2", at("2026-03-01T09:00:00Z"), 5));
    addCase(m, c1, asOf);
    addCase(m, c2, asOf);
    MeasuresReport r = m.report();
    assertThat(overall(r, "2026-01").csat()).isEqualTo(Csat.NONE);
    PeriodFigures feb = overall(r, "2026-02");
    assertThat(feb.csat()).isEqualTo(new Csat(2, 1, 6));
    assertThat(feb.csat().share()).hasValue(0.5);
    assertThat(feb.csat().mean()).hasValue(3.0);
    assertThat(feb.csatByChannel()).containsExactly(Map.entry("chat", new Csat(1, 0, 1)), Map.entry("email", new Csat(1, 1, 5)));
    assertThat(feb.csatByPolicy()).containsExactly(Map.entry("reply", new Csat(2, 1, 6)));
    assertThat(overall(r, "2026-01").requests().opened()).isEqualTo(1); // requests count at opening
    BrokenPromises b = r.brokenPromises();
    assertThat(b.csatKept()).isEqualTo(new dev.pledge.report.Proportion(1, 1));
    assertThat(b.csatBroken()).isEqualTo(new dev.pledge.report.Proportion(0, 1));
    assertThat(b.csatDifference()).hasValue(-100.0);
  }

  @Test
  void enoughDataGivesAVerdictInPoints() {
    // 200 kept cases, 180 rated 4 or 5 (90 %); 100 broken, 60 satisfied (60 %): 30 points lower.
    // Wilson widths: kept about 8.4 points, broken about 18.9: both under 20, and the intervals
    // ([85.1, 93.4] and [50.2, 69.1]) do not overlap.
    BrokenPromises b = new BrokenPromises(new dev.pledge.report.Proportion(180, 200),
        new dev.pledge.report.Proportion(60, 100), new dev.pledge.report.Proportion(0, 0),
        new dev.pledge.report.Proportion(0, 0));
    assertThat(b.enoughCsatData()).isTrue();
    assertThat(b.verdict()).isEqualTo("CSAT 30.0 points lower after a broken promise (90.0% kept, 60.0% broken; "
        + "the intervals do not overlap); churn not enough data (0 kept, 0 broken)");
  }

  @Test
  void theFiguresDoNotDependOnWhetherACaseComesBeforeItsCustomer() {
    Instant asOf = at("2026-03-31T00:00:00Z");
    List<CaseEvent> c1 = caseOf("c1", "ann", "2026-02-20T10:00:00Z", 90, "email");
    List<Activity> flights = List.of(flight("ann", "2026-01-05T00:00:00Z"), flight("ann", "2026-02-20T00:00:00Z"));
    Optional<TierStatus> gold = Optional.of(status("blue",
        TierChange.of(at("2026-02-01T00:00:00Z"), "blue", "gold", TierReason.QUALIFIED)));
    Measures first = Measures.create(BY_LEVEL, asOf).addCustomer("ann", flights, gold);
    addCase(first, c1, asOf);
    Measures later = Measures.create(BY_LEVEL, asOf);
    addCase(later, c1, asOf);
    later.addCustomer("ann", flights, gold);
    assertThat(later.report()).isEqualTo(first.report());
    assertThat(level(first.report(), "2026-02", "gold").requests().opened()).isEqualTo(1); // a change at the start counts
  }

  @Test
  void aCaseWhoseCustomerNeverComesCountsAsACustomerWithoutActivities() {
    Instant asOf = at("2026-01-31T00:00:00Z");
    Measures m = Measures.create(BY_LEVEL, asOf);
    addCase(m, caseOf("c1", "zed", "2026-01-20T10:00:00Z", 5, "email"), asOf);
    MeasuresReport r = m.report();
    assertThat(level(r, "2026-01", "blue").requests().opened()).isEqualTo(1); // the lowest level
    assertThat(overall(r, "2026-01").customers().active()).isZero();
    assertThatThrownBy(() -> m.addCustomer("zed", List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("added twice");
  }

  @Test
  void nothingAfterAsOfIsSeen() {
    Instant asOf = at("2026-01-31T00:00:00Z");
    Measures m = Measures.create(MONTHLY, asOf).addCustomer("ann", List.of(flight("ann", "2026-01-10T00:00:00Z"),
        flight("ann", "2026-02-10T00:00:00Z"), survey("ann", "2026-02-11T00:00:00Z", 2)), Optional.empty());
    addCase(m, caseOf("c1", "ann", "2026-02-01T10:00:00Z", 5, "email"), at("2026-02-02T00:00:00Z"));
    MeasuresReport r = m.report();
    assertThat(r.overall()).extracting(PeriodFigures::period).containsExactly("2026-01");
    assertThat(overall(r, "2026-01").requests().opened()).isZero();
    assertThat(overall(r, "2026-01").customers().active()).isEqualTo(1);
  }

  @Test
  void periodsAreCutInTheZoneAndNamedAsInIso8601() {
    // 31 March 23:30 UTC is 1 April 01:30 in Warsaw (summer time): the second quarter there.
    ZoneId warsaw = ZoneId.of("Europe/Warsaw");
    MeasureSettings quarterly = MeasureSettings.of(Set.of("flight"), Period.ofDays(30), PeriodUnit.QUARTER, warsaw);
    MeasuresReport r = Measures.create(quarterly, at("2026-04-02T00:00:00Z"))
        .addCustomer("ann", List.of(flight("ann", "2026-03-31T23:30:00Z")), Optional.empty()).report();
    assertThat(r.overall()).extracting(PeriodFigures::period).containsExactly("2026-Q2");
    assertThat(r.overall().get(0).start()).isEqualTo(at("2026-03-31T22:00:00Z"));
    assertThat(PeriodUnit.WEEK.name(PeriodUnit.WEEK.start(java.time.LocalDate.of(2027, 1, 1)))).isEqualTo("2026-W53");
    assertThat(PeriodUnit.MONTH.name(java.time.LocalDate.of(2026, 3, 1))).isEqualTo("2026-03");
  }

  @Test
  void badInputIsRefusedInPledgesWords() {
    Measures m = Measures.create(BY_LEVEL, at("2026-01-31T00:00:00Z"));
    TierStatus other = new TierStatus("club", "blue", Instant.EPOCH, Optional.empty(), TierReason.BASE,
        Optional.empty(), Optional.empty(), Map.of(), List.of());
    assertThatThrownBy(() -> m.addCustomer("ann", List.of(), Optional.of(other)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("program club");
    assertThatThrownBy(() -> m.addCustomer("bob", List.of(), Optional.of(status("platinum"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("level platinum");
    assertThatThrownBy(() -> MeasureSettings.of(Set.of(), Period.ofDays(1), PeriodUnit.WEEK, ZoneOffset.UTC))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> MeasureSettings.of(Set.of("x"), Period.ZERO, PeriodUnit.WEEK, ZoneOffset.UTC))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> MeasureSettings.of(Set.of("x"), Period.ofYears(999_999_999), PeriodUnit.WEEK,
        ZoneOffset.UTC)).isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 100 years");
  }

  @Test
  void aReportOfMoreThanAHundredThousandPeriodsIsRefusedNamingTheEarliest() {
    // a flight in the year 1 and asOf in 2026, weekly: about 105,000 weeks
    MeasureSettings weekly = MeasureSettings.of(Set.of("flight"), Period.ofDays(30), PeriodUnit.WEEK, ZoneOffset.UTC);
    Measures m = Measures.create(weekly, at("2026-01-31T00:00:00Z"))
        .addCustomer("ann", List.of(flight("ann", "0001-01-10T00:00:00Z")), Optional.empty());
    assertThatThrownBy(m::report).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("more than 100000 periods").hasMessageContaining("is in 1-W");
    // monthly, the same data is about 24,300 periods: reported
    Measures monthly = Measures.create(MONTHLY, at("2026-01-31T00:00:00Z"))
        .addCustomer("ann", List.of(flight("ann", "0001-01-10T00:00:00Z")), Optional.empty());
    assertThat(monthly.report().overall()).hasSize(2025 * 12 + 1);
  }

  @Test
  void afterEveryCustomerIsAddedACaseOfAnUnknownCustomerCountsAtOnce() {
    Instant asOf = at("2026-01-31T00:00:00Z");
    Measures m = Measures.create(BY_LEVEL, asOf);
    addCase(m, caseOf("c1", "zed", "2026-01-20T10:00:00Z", 5, "email"), asOf); // waits for zed
    m.everyCustomerAdded();
    addCase(m, caseOf("c2", "kim", "2026-01-21T10:00:00Z", 5, "chat"), asOf); // counted at once
    assertThat(level(m.report(), "2026-01", "blue").requests().opened()).isEqualTo(2);
    assertThatThrownBy(() -> m.addCustomer("amy", List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("after everyCustomerAdded()");
  }

  @Test
  void aLaterActivityNeverEndsAStretchEarlierAcrossTheAutumnClockChange() {
    // Warsaw, P1D. Flights at 02:59 CEST (00:59Z) and, one minute later, 02:00 CET (01:00Z) on
    // 25 October 2026. One day later: 26 Oct 02:59 CET = 01:59Z and 26 Oct 02:00 CET = 01:00Z: the
    // later flight's day ends first. The stretch ends at the later of the two, 01:59Z.
    // A kept case opened 25 Oct 01:30Z (02:30 CET) has the window (25 Oct 01:30Z, 26 Oct 01:30Z]:
    // the churn at 01:59Z is outside it (at 01:00Z it would have been inside).
    MeasureSettings daily = MeasureSettings.of(Set.of("flight"), Period.ofDays(1), PeriodUnit.MONTH,
        ZoneId.of("Europe/Warsaw"));
    Instant asOf = at("2026-11-01T00:00:00Z");
    Measures m = Measures.create(daily, asOf).addCustomer("ann", List.of(flight("ann", "2026-10-25T00:59:00Z"),
        flight("ann", "2026-10-25T01:00:00Z")), Optional.empty());
    addCase(m, caseOf("c1", "ann", "2026-10-25T01:30:00Z", 5, "phone"), asOf);
    assertThat(m.report().brokenPromises().churnKept()).isEqualTo(new dev.pledge.report.Proportion(0, 1));
  }
}
