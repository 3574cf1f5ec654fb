package dev.pledge.testkit;

import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventBuilder;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid case timelines for {@link PledgeArbitraries#caseTimelines}: a list of random steps is
 * folded into events while the case's status is tracked, so a status never repeats itself and
 * nothing but a customer's rating follows {@code closed}.
 */
final class CaseTimelines {
  private static final int MAX_STEPS = 25;

  private enum Kind { MESSAGE, REPLY, NOTE, PENDING, ON_HOLD, OPEN, SOLVED, PRIORITY, TRANSFER, CLOSED, RATING }

  private record Step(Kind kind, long gapMinutes, int choice) {}

  private CaseTimelines() {}

  static Arbitrary<List<CaseEvent>> arbitrary(String caseId, String customer, List<String> channels,
      List<String> priorities, Instant from) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(from, "from");
    if (channels.isEmpty() || priorities.isEmpty()) {
      throw new IllegalArgumentException("a case timeline needs at least one channel and one priority");
    }
    List<String> channelList = List.copyOf(channels);
    List<String> priorityList = List.copyOf(priorities);
    Arbitrary<Kind> kind = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just(Kind.MESSAGE)),
        Tuple.of(25, Arbitraries.just(Kind.REPLY)),
        Tuple.of(5, Arbitraries.just(Kind.NOTE)),
        Tuple.of(10, Arbitraries.just(Kind.PENDING)),
        Tuple.of(5, Arbitraries.just(Kind.ON_HOLD)),
        Tuple.of(10, Arbitraries.just(Kind.OPEN)),
        Tuple.of(10, Arbitraries.just(Kind.SOLVED)),
        Tuple.of(5, Arbitraries.just(Kind.PRIORITY)),
        Tuple.of(5, Arbitraries.just(Kind.TRANSFER)),
        Tuple.of(2, Arbitraries.just(Kind.CLOSED)),
        Tuple.of(3, Arbitraries.just(Kind.RATING)));
    Arbitrary<Long> gap = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(9, Arbitraries.longs().between(1, 8 * 60)));
    Arbitrary<Step> step = Combinators.combine(kind, gap, Arbitraries.integers().between(0, 1000)).as(Step::new);
    Arbitrary<Long> start = Arbitraries.longs().between(0, 7 * 24 * 60);
    return Combinators.combine(start, Arbitraries.integers().between(0, 1000), step.list().ofMaxSize(MAX_STEPS))
        .as((offset, choice, steps) -> fold(caseId, customer, from.plus(Duration.ofMinutes(offset)),
            channelList.get(choice % channelList.size()), priorityList, choice, steps));
  }

  private static List<CaseEvent> fold(String caseId, String customer, Instant opened, String channel,
      List<String> priorities, int choice, List<Step> steps) {
    List<CaseEvent> events = new ArrayList<>();
    events.add(CaseEvent.opened(caseId, opened, customer, channel, priorities.get(choice % priorities.size())));
    CaseStatus status = CaseStatus.OPEN;
    Instant at = opened;
    for (Step s : steps) {
      at = at.plus(Duration.ofMinutes(s.gapMinutes()));
      if (status == CaseStatus.CLOSED && s.kind() != Kind.RATING) {
        continue; // a closed case is only rated
      }
      switch (s.kind()) {
        case MESSAGE -> events.add(CaseEvent.customerMessage(caseId, at));
        case REPLY -> events.add(CaseEvent.agentReply(caseId, at));
        case NOTE -> events.add(CaseEvent.internalNote(caseId, at));
        case PRIORITY -> events.add(CaseEvent.priority(caseId, at, priorities.get(s.choice() % priorities.size())));
        case TRANSFER -> events.add(CaseEvent.builder(caseId, at, CaseEventType.TRANSFER)
            .to("agent-" + s.choice() % 5).line(1 + s.choice() % 3).build());
        case RATING -> events.add(rating(caseId, at, s.choice()));
        default -> {
          CaseStatus next = status(s.kind());
          if (next != status) {
            events.add(CaseEvent.status(caseId, at, next));
            status = next;
          }
        }
      }
    }
    return List.copyOf(events);
  }

  /** A score from 1 to 5, with a comment one time in three. */
  private static CaseEvent rating(String caseId, Instant at, int choice) {
    CaseEventBuilder b = CaseEvent.builder(caseId, at, CaseEventType.SATISFACTION).score(1 + choice % 5);
    if (choice % 3 == 0) {
      b.comment("comment " + choice % 7);
    }
    return b.build();
  }

  private static CaseStatus status(Kind kind) {
    return switch (kind) {
      case PENDING -> CaseStatus.PENDING;
      case ON_HOLD -> CaseStatus.ON_HOLD;
      case OPEN -> CaseStatus.OPEN;
      case SOLVED -> CaseStatus.SOLVED;
      default -> CaseStatus.CLOSED;
    };
  }
}
