package app;

import dev.pledge.CaseResult;
import dev.pledge.Pledge;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.sla.CaseEvent;
import dev.pledge.tier.Activity;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A user's application: public holidays in two countries, a tier status, two cases and their escalations. */
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
