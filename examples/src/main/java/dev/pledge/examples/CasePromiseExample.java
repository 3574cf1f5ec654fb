package dev.pledge.examples;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.MetricInstance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Evaluates the promises made on one support case: which policy promised what, and for each
 * metric whether it was achieved, breached or is still running, in the policy calendar's working
 * time.
 *
 * <p>Run with the configuration's path as the only argument (default
 * {@code examples/programs/skyclub.json}).
 */
public final class CasePromiseExample {
  private CasePromiseExample() {}

  /** Prints the promises of a gold customer's email case. */
  public static void main(String[] args) {
    Pledge pledge = Pledge.load(Path.of(args.length > 0 ? args[0] : "examples/programs/skyclub.json"));
    CaseOutcome outcome = emailCase(pledge);
    System.out.println(describe(outcome));
  }

  /** A gold member writes on Monday morning, is answered, asks again and is solved on Tuesday. */
  static CaseOutcome emailCase(Pledge pledge) {
    List<CaseEvent> events = List.of(
        CaseEvent.opened("case-42", Instant.parse("2026-03-02T08:00:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("case-42", Instant.parse("2026-03-02T08:40:00Z")),
        CaseEvent.customerMessage("case-42", Instant.parse("2026-03-02T09:00:00Z")),
        CaseEvent.agentReply("case-42", Instant.parse("2026-03-02T13:30:00Z")),
        CaseEvent.status("case-42", Instant.parse("2026-03-03T09:00:00Z"), CaseStatus.SOLVED));
    CustomerContext anna = CustomerContext.of(Customer.of("anna")).withLevel("status", "gold");
    return pledge.sla().evaluate(events, anna, Instant.parse("2026-03-03T12:00:00Z"));
  }

  /** The outcome as a few lines of text. */
  static String describe(CaseOutcome outcome) {
    StringBuilder out = new StringBuilder();
    out.append(outcome.caseId()).append(": ")
        .append(outcome.policy().map(p -> "promised by " + p.id()).orElse("no promise")).append('\n');
    for (MetricInstance i : outcome.instances()) {
      out.append(i.metric()).append(" #").append(i.number()).append(": ").append(i.state())
          .append(", ").append(i.elapsed()).append(" of ").append(i.target())
          .append(i.breachedBy().isZero() ? "" : ", late by " + i.breachedBy()).append('\n');
    }
    return out.toString();
  }
}
