package dev.pledge.benchmarks.sla;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible support cases for the benchmarks: opened during a working week, then a mix of agent
 * replies, customer messages, notes and status changes (pending, on-hold, open), solved at the end.
 * Events fall on whole minutes, 5 minutes to 8 hours apart. Deterministic for a seed.
 */
public final class SlaCases {
  private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

  private SlaCases() {}

  /** {@code count} cases of exactly {@code events} events each. */
  public static List<List<CaseEvent>> generate(int count, int events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<CaseEvent>> cases = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      cases.add(one("case-" + n, events, random));
    }
    return cases;
  }

  private static List<CaseEvent> one(String id, int size, SplittableRandom random) {
    List<CaseEvent> events = new ArrayList<>(size);
    Instant t = START.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
    events.add(CaseEvent.opened(id, t, "c" + random.nextInt(1000), "email", "normal"));
    CaseStatus status = CaseStatus.OPEN;
    while (events.size() < size - 1) {
      t = t.plus(Duration.ofMinutes(5 + random.nextInt(8 * 60)));
      int roll = random.nextInt(10);
      if (roll < 4) {
        events.add(CaseEvent.agentReply(id, t));
      } else if (roll < 7) {
        events.add(CaseEvent.customerMessage(id, t));
      } else if (roll == 7) {
        events.add(CaseEvent.internalNote(id, t));
      } else {
        status = status == CaseStatus.OPEN
            ? (random.nextBoolean() ? CaseStatus.PENDING : CaseStatus.ON_HOLD) : CaseStatus.OPEN;
        events.add(CaseEvent.status(id, t, status));
      }
    }
    t = t.plus(Duration.ofMinutes(5 + random.nextInt(8 * 60)));
    events.add(CaseEvent.status(id, t, CaseStatus.SOLVED));
    return List.copyOf(events);
  }
}
