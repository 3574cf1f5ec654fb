package dev.pledge.benchmarks.escalation;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated cases for the escalation benchmark: opened in a working week, then agent replies,
 * customer messages, transfers, notes and pending/open changes 5 minutes to 8 hours apart, left
 * unsolved, so steps are both due and pending.
 */
final class EscalationCases {
  private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

  private EscalationCases() {}

  static List<List<CaseEvent>> generate(int count, int events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<CaseEvent>> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(one("case-" + i, events, random));
    }
    return cases;
  }

  private static List<CaseEvent> one(String id, int size, SplittableRandom random) {
    Instant t = START.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
    List<CaseEvent> events = new ArrayList<>(size);
    events.add(CaseEvent.opened(id, t, "anna", "email", "normal"));
    boolean pending = false;
    while (events.size() < size) {
      t = t.plus(Duration.ofMinutes(5 + random.nextInt(8 * 60)));
      switch (random.nextInt(6)) {
        case 0 -> events.add(CaseEvent.agentReply(id, t));
        case 1 -> events.add(CaseEvent.customerMessage(id, t));
        case 2 -> events.add(CaseEvent.transfer(id, t, "agent-" + random.nextInt(5)));
        case 3 -> events.add(CaseEvent.internalNote(id, t));
        default -> {
          pending = !pending;
          events.add(CaseEvent.status(id, t, pending ? CaseStatus.PENDING : CaseStatus.OPEN));
        }
      }
    }
    return events;
  }

  /** One hour after the case's last event: when a scheduler would look again. */
  static Instant asOf(List<CaseEvent> events) {
    return events.get(events.size() - 1).at().plus(Duration.ofHours(1));
  }
}
