package app;

import dev.pledge.CaseResult;
import dev.pledge.Pledge;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleResult;
import dev.pledge.sla.CaseEvent;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A user's application: public holidays in two countries, a tier status, two cases and their
 * escalations. The output in expected.txt, worked by hand:
 *
 * <ul>
 *   <li>Holidays in 2026. Tue 6 January, Epiphany: a public holiday in Poland and in Bavaria (not
 *       in all of Germany, so "by" matters). Mon 25 May, Whit Monday (Easter is 5 April, + 50
 *       days): a holiday in Germany, a working day in Poland. Wed 11 November, Independence Day in
 *       Poland, a working day in Germany.
 *   <li>anna: 100 + 90 = 190 xp by 4 May 16:30 UTC, at least 180: gold from then; platinum needs
 *       300, 300 - 190 = 110 to go.
 *   <li>c-1 (anna, gold, email): gold-email, Warsaw hours. Opened Mon 25 May 08:30 UTC = 10:30
 *       CEST, a working day in Poland; 2 hours of working time end at 12:30 CEST = 10:30 UTC. The
 *       reply at 11:30 UTC = 13:30 CEST is 3 working hours after opening: breached. The breach
 *       step falls due at 10:30 UTC and moves the case to line 2; nothing more can fall due.
 *   <li>c-2 (bob, blue, no reply): default, Munich hours. Opened on Whit Monday, a holiday in
 *       Bavaria, so the clock starts Tue 26 May 09:00 CEST = 07:00 UTC; at 00:00 UTC that day
 *       nothing has elapsed, the deadline is 07:00 + 4 h = 11:00 UTC, and the breach step would
 *       fall due then: the next check. The case stays on line 1.
 *   <li>Routing (a compiled rule set, first match): anna is gold, by email: not vip-phone (not
 *       phone), vip (gold at least); the trace explains the two rules tried. bob has no level:
 *       neither vip rule holds, rest does; three rules tried.
 *   <li>Measures, May 2026 (monthly, by status level): anna was blue on 1 May (gold from the 4th),
 *       so May counts her as blue. Flights 10 Feb and 4 May, 83 days apart, within 180: one
 *       stretch to 31 Oct, so she is active at asOf. She rated c-1 2 on 25 May (rated 1, satisfied
 *       0) and answered 9 on 20 May (a promoter: NPS 100).
 *   <li>Audit: c-1's first response, 0 of 1 in time against 95 %; the Wilson interval of 0 of 1
 *       reaches only z^2 / (1 + z^2) = 3.8415 / 4.8415 = 79.3 %: over-promised. Honest target: the
 *       ceil(0.95 * 1) = 1st smallest elapsed: PT3H.
 *   <li>Staffing, the reference check: 100 calls in 30 minutes, AHT 180 s: A = 10 Erlangs; 80 %
 *       within 20 s needs 14 agents (service level 0.888; 13 give 0.796).
 * </ul>
 */
public final class Main {
  public static void main(String[] args) {
    Pledge pledge = Pledge.loadResource("pledge.json");

    for (String name : List.of("warsaw", "munich")) {
      BusinessCalendar calendar = pledge.calendar(name);
      for (String day : List.of("2026-01-06", "2026-05-25", "2026-11-11")) {
        Instant tenAm = LocalDateTime.parse(day + "T10:00").atZone(calendar.zone()).toInstant();
        System.out.println(name + " open at 10:00 on " + day + ": " + calendar.isOpen(tenAm));
      }
    }

    Instant asOf = Instant.parse("2026-05-26T00:00:00Z");
    Customer anna = Customer.of("anna");
    List<Activity> flights = List.of(
        Activity.of("anna", Instant.parse("2026-02-10T08:00:00Z"), "flight").with("xp", 100),
        Activity.of("anna", Instant.parse("2026-05-04T16:30:00Z"), "flight").with("xp", 90));
    TierStatus status = pledge.tiers("status").evaluate(anna, flights, asOf);
    System.out.println("anna: " + status.level() + " since " + status.since() + ", next "
        + status.progress().map(Object::toString).orElse("-"));

    print(pledge, "c-1", pledge.context(anna, flights, asOf), asOf);
    print(pledge, "c-2", pledge.context(Customer.of("bob"), List.of(), asOf), asOf);

    for (CustomerContext who : List.of(pledge.context(anna, flights, asOf), pledge.context(Customer.of("bob"), List.of(), asOf))) {
      RuleResult route = pledge.ruleSet("routing").evaluate(Facts.builder().levels(who.levels()).channel("email").build());
      System.out.println("route " + who.customer().id() + ": " + route.matchedIds() + " after " + route.trace().size()
          + " rules tried");
    }

    List<Activity> withAnswer = new java.util.ArrayList<>(flights);
    withAnswer.add(Activity.of("anna", Instant.parse("2026-05-20T12:00:00Z"), "survey").with("nps", 9));
    dev.pledge.measure.Measures measures = pledge.measures(asOf)
        .addCustomer("anna", withAnswer, java.util.Optional.of(status));
    List<CaseEvent> rated = List.of(
        CaseEvent.opened("c-1", Instant.parse("2026-05-25T08:30:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("c-1", Instant.parse("2026-05-25T11:30:00Z")),
        CaseEvent.satisfaction("c-1", Instant.parse("2026-05-25T12:00:00Z"), 2));
    dev.pledge.sla.CaseOutcome outcome = pledge.sla().evaluate(rated, pledge.context(anna, flights, asOf), asOf);
    measures.addCase(rated, outcome);
    dev.pledge.measure.PeriodFigures may = measures.report().find("2026-05", java.util.Optional.of("blue")).orElseThrow();
    System.out.println("measures 2026-05 blue: rated " + may.csat().rated() + ", satisfied " + may.csat().satisfied()
        + ", nps " + may.nps().score().orElseThrow() + ", active " + may.customers().active());
    dev.pledge.plan.AuditRow audit = dev.pledge.plan.PromiseAudit.create().add(outcome).rows().get(0);
    System.out.println("audit " + audit.policy() + " " + audit.metric().wireName() + ": " + audit.verdict()
        + ", honest target " + audit.honestTarget().orElseThrow());
    Instant nine = Instant.parse("2026-11-27T09:00:00Z");
    dev.pledge.plan.StaffingInterval staffed = dev.pledge.plan.Staffing.builder().aht(java.time.Duration.ofSeconds(180))
        .target(java.time.Duration.ofSeconds(20)).objective("0.8").build()
        .interval(new dev.pledge.plan.Demand(nine, nine.plusSeconds(1800), 100));
    System.out.println("staff 100 calls in 30 min: " + staffed.agents() + " agents, service level "
        + String.format(java.util.Locale.ROOT, "%.3f", staffed.serviceLevel()));
  }

  private static void print(Pledge pledge, String id, CustomerContext who, Instant asOf) {
    List<CaseEvent> events = List.of(
        CaseEvent.opened(id, Instant.parse("2026-05-25T08:30:00Z"), who.customer().id(), "email", "normal"),
        CaseEvent.agentReply(id, Instant.parse("2026-05-25T11:30:00Z")));
    CaseResult result = pledge.evaluateCase(id.equals("c-1") ? events : events.subList(0, 1), who, asOf);
    result.outcome().instances().forEach(i -> System.out.println(id + " " + i.policy().id() + " "
        + i.metric().wireName() + ": " + i.state().wireName() + ", " + i.elapsed() + " of " + i.target()
        + i.deadline().map(d -> ", deadline " + d).orElse("")));
    System.out.println(id + " line " + result.escalations().line() + ", next check "
        + result.escalations().nextCheckAt().map(Instant::toString).orElse("-"));
    for (DueStep step : result.escalations().due()) {
      System.out.println(id + " due " + step.step() + " at " + step.dueAt() + ": " + step.actions());
    }
  }
}
