package dev.pledge.sla.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.ClosedCaseException;
import dev.pledge.sla.EventBeforeOpenedException;
import dev.pledge.sla.InvalidCaseEventException;
import dev.pledge.sla.UnknownCaseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Orders one case's events by time (ties keep input order), drops repeated ids, and checks them. */
final class EventOrder {
  private static final Comparator<CaseEvent> BY_TIME = Comparator.comparing(CaseEvent::at);

  private EventOrder() {}

  /**
   * The events in replay order, the {@code opened} event first.
   *
   * @throws InvalidValueException if there are no events
   */
  static CaseEvent[] checked(List<CaseEvent> events) {
    if (events.isEmpty()) {
      throw new InvalidValueException("events", "a case needs at least its opened event, but no event was given");
    }
    CaseEvent[] sorted = events.toArray(new CaseEvent[0]);
    if (!inOrder(sorted)) {
      Arrays.sort(sorted, BY_TIME); // a stable sort: ties keep their input order
    }
    sorted = withoutRepeatedIds(sorted);
    CaseEvent opened = null;
    for (CaseEvent e : sorted) {
      if (e.type() == CaseEventType.OPENED) {
        opened = e;
        break;
      }
    }
    if (opened == null) {
      throw new UnknownCaseException(sorted[0].caseId(), sorted[0].describe(),
          "no opened event was given for case " + sorted[0].caseId());
    }
    String caseId = opened.caseId();
    boolean closed = false;
    for (int i = 0; i < sorted.length; i++) {
      CaseEvent e = sorted[i];
      if (!e.caseId().equals(caseId)) {
        throw new UnknownCaseException(e.caseId(), e.describe(), "the event is for case "
            + e.caseId() + ", but the events evaluated together are those of case " + caseId);
      }
      if (i == 0 && e != opened) {
        throw new EventBeforeOpenedException(caseId, e.describe(),
            "the event comes before the case was opened (" + opened.describe() + ")");
      }
      if (i > 0 && e.type() == CaseEventType.OPENED) {
        throw new InvalidCaseEventException(caseId, e.describe(),
            "the case was already opened (" + opened.describe() + ")");
      }
      if (e.type() == CaseEventType.STATUS) {
        if (closed) {
          throw new ClosedCaseException(caseId, e.describe(), "the case is closed; a closed case "
              + "cannot change status to " + e.status().orElseThrow().wireName());
        }
        closed = e.status().orElseThrow() == CaseStatus.CLOSED;
      }
    }
    return sorted;
  }

  private static boolean inOrder(CaseEvent[] events) {
    for (int i = 1; i < events.length; i++) {
      if (events[i - 1].at().isAfter(events[i].at())) {
        return false;
      }
    }
    return true;
  }

  private static CaseEvent[] withoutRepeatedIds(CaseEvent[] sorted) {
    Set<String> seen = null;
    int kept = 0;
    for (CaseEvent e : sorted) {
      if (e.id().isPresent()) {
        if (seen == null) {
          seen = new HashSet<>();
        }
        if (!seen.add(e.id().get())) {
          continue;
        }
      }
      sorted[kept++] = e;
    }
    return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
  }
}
