package dev.pledge.examples;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schedules a case's escalations without polling: evaluate once, act on the steps due, record
 * them as {@code escalated} events, and sleep until {@code nextCheckAt}. Here the "sleep" is a
 * loop over the instants the engine names, as a scheduler would wake up at them.
 *
 * <p>Run with the configuration's path as the only argument (default
 * {@code examples/programs/skyclub.json}).
 */
public final class SchedulingExample {
  private SchedulingExample() {}

  /** Prints every wake-up of a silent email case until nothing more can fall due. */
  public static void main(String[] args) {
    Pledge pledge = Pledge.load(Path.of(args.length > 0 ? args[0] : "examples/programs/skyclub.json"));
    schedule(pledge).forEach(System.out::println);
  }

  /** A default-policy email case opened Monday 08:00 in Warsaw that nobody answers. */
  static List<String> schedule(Pledge pledge) {
    List<CaseEvent> events = new ArrayList<>(List.of(
        CaseEvent.opened("case-7", Instant.parse("2026-03-02T07:00:00Z"), "farid", "email", "normal")));
    CustomerContext farid = CustomerContext.of(Customer.of("farid")).withLevel("status", "explorer");
    List<String> log = new ArrayList<>();
    Optional<Instant> wakeUp = Optional.of(Instant.parse("2026-03-02T07:00:00Z"));
    while (wakeUp.isPresent()) {
      Instant now = wakeUp.get();
      Escalations e = pledge.escalation().evaluate(events, farid, now);
      for (DueStep step : e.due()) {
        log.add(now + ": " + step.step() + " (due at " + step.dueAt() + ")");
        events.add(CaseEvent.escalated("case-7", now, step.step())); // recorded: not returned again
      }
      wakeUp = e.nextCheckAt();
      log.add(now + ": line " + e.line() + ", next check " + wakeUp.map(Instant::toString).orElse("never"));
    }
    return log;
  }
}
