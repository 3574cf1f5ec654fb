package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of the escalation engine over random timelines and random policies (built from the
 * standard condition types, on an office calendar or a 24x7 one, with random pause statuses per
 * target). The oracle is the engine itself
 * evaluated at other instants: what "due" means is checked one nanosecond apart, and nextCheckAt
 * against a later evaluation with no event added.
 */
class EscalationProperties {
  private static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));
  private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");
  private static final List<String> CONDITIONS = List.of(
      "{\"type\": \"elapsed\", \"metric\": \"resolution\", \"atLeast\": 0.75}",
      "{\"type\": \"elapsed\", \"metric\": \"resolution\", \"atLeast\": 0.3333}",
      "{\"type\": \"breached\", \"metric\": \"resolution\"}",
      "{\"type\": \"breached\", \"metric\": \"first-response\"}",
      "{\"type\": \"elapsed\", \"metric\": \"next-response\", \"atLeast\": 0.5}",
      "{\"type\": \"breached\", \"metric\": \"periodic-update\"}",
      "{\"type\": \"elapsed\", \"metric\": \"agent-work\", \"atLeast\": 1.5}",
      "{\"type\": \"transfers\", \"atLeast\": 2}",
      "{\"type\": \"customer-messages\", \"atLeast\": 2}",
      "{\"type\": \"reopened\", \"atLeast\": 1}",
      "{\"type\": \"line\", \"in\": [3]}",
      "{\"type\": \"all\", \"of\": [{\"type\": \"elapsed\", \"metric\": \"resolution\", \"atLeast\": 0.5},"
          + " {\"type\": \"transfers\", \"atLeast\": 1}]}",
      "{\"type\": \"any\", \"of\": [{\"type\": \"breached\", \"metric\": \"first-response\"},"
          + " {\"type\": \"elapsed\", \"metric\": \"next-response\", \"atLeast\": 0.9}]}",
      "{\"type\": \"all\", \"of\": [{\"type\": \"not\", \"of\": {\"type\": \"breached\", \"metric\": \"resolution\"}},"
          + " {\"type\": \"elapsed\", \"metric\": \"resolution\", \"atLeast\": 0.6}]}",
      "{\"type\": \"remaining\", \"metric\": \"resolution\", \"atMost\": \"PT1H\"}",
      "{\"type\": \"remaining\", \"metric\": \"first-response\", \"atMost\": \"PT20M\"}",
      "{\"type\": \"remaining\", \"metric\": \"next-response\", \"atMost\": \"PT0S\"}",
      "{\"type\": \"remaining\", \"metric\": \"agent-work\", \"atMost\": \"PT40H\"}",
      "{\"type\": \"all\", \"of\": [{\"type\": \"remaining\", \"metric\": \"periodic-update\", \"atMost\": \"PT45M\"},"
          + " {\"type\": \"transfers\", \"atLeast\": 1}]}");
  /** The pause statuses a target may have: absent (the metric's default) or a list. */
  private static final List<String> PAUSE_ON = List.of("", ", \"pauseOn\": []", ", \"pauseOn\": [\"pending\"]",
      ", \"pauseOn\": [\"on-hold\"]", ", \"pauseOn\": [\"pending\", \"on-hold\"]");

  @Property(tries = 150) // with remaining and pauseOn: passed once at 3,000
  void stepIsNotDueOneNanosecondBeforeItsDueInstantAndIsDueAtIt(@ForAll long seed) {
    Random r = new Random(seed);
    Pledge pledge = policy(r);
    List<CaseEvent> events = timeline(r);
    Instant asOf = last(events).plus(Duration.ofHours(r.nextInt(200)));
    for (DueStep d : pledge.escalation().evaluate(events, ANNA, asOf).due()) {
      assertThat(keys(pledge.escalation().evaluate(events, ANNA, d.dueAt().minusNanos(1))))
          .doesNotContain(key(d));
      assertThat(keys(pledge.escalation().evaluate(events, ANNA, d.dueAt()))).contains(key(d));
    }
  }

  @Property(tries = 150) // with remaining and pauseOn: passed once at 3,000
  void nextCheckAtIsTheFirstDueInstantThatALaterEvaluationAdds(@ForAll long seed) {
    Random r = new Random(seed);
    Pledge pledge = policy(r);
    List<CaseEvent> events = timeline(r);
    Instant asOf = last(events).plus(Duration.ofMinutes(r.nextInt(3000)));
    Instant later = asOf.plus(Duration.ofDays(120));
    Escalations now = pledge.escalation().evaluate(events, ANNA, asOf);
    Set<String> before = keys(now);
    Optional<Instant> firstAdded = pledge.escalation().evaluate(events, ANNA, later).due().stream()
        .filter(d -> !before.contains(key(d))).map(DueStep::dueAt).min(Instant::compareTo);
    if (firstAdded.isPresent()) {
      assertThat(now.nextCheckAt()).isEqualTo(firstAdded);
    } else {
      assertThat(now.nextCheckAt().filter(t -> !t.isAfter(later))).isEmpty();
    }
    now.nextCheckAt().ifPresent(next -> {
      assertThat(next).isAfter(asOf);
      Set<String> then = keys(pledge.escalation().evaluate(events, ANNA, next));
      then.removeAll(before);
      assertThat(then).isNotEmpty().allSatisfy(k -> assertThat(k).endsWith("@" + next));
    });
  }

  @Property(tries = 150) // passed once at 3,000
  void ratingsAnywhereAfterTheOpeningChangeNeitherPromisesNorEscalations(@ForAll long seed) {
    Random r = new Random(seed);
    Pledge pledge = policy(r);
    List<CaseEvent> events = timeline(r);
    List<CaseEvent> rated = new ArrayList<>(events);
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      // at an event's instant (a tie, before or after it in input order), between events, or after the
      // last one, closed or not
      Instant at = events.get(r.nextInt(events.size())).at().plus(Duration.ofMinutes(r.nextInt(3) * r.nextInt(600)));
      rated.add(1 + r.nextInt(rated.size()), CaseEvent.satisfaction("c", at, 1 + r.nextInt(5)));
    }
    Instant asOf = last(events).plus(Duration.ofMinutes(r.nextInt(3000)));

    assertThat(pledge.sla().evaluate(rated, ANNA, asOf)).isEqualTo(pledge.sla().evaluate(events, ANNA, asOf));
    assertThat(pledge.escalation().evaluate(rated, ANNA, asOf))
        .isEqualTo(pledge.escalation().evaluate(events, ANNA, asOf));
  }

  private static String key(DueStep d) {
    return d.step() + "@" + d.dueAt();
  }

  private static Set<String> keys(Escalations e) {
    return e.due().stream().map(EscalationProperties::key).collect(Collectors.toSet());
  }

  private static Instant last(List<CaseEvent> events) {
    return events.get(events.size() - 1).at();
  }

  private static Pledge policy(Random r) {
    boolean office = r.nextBoolean();
    StringBuilder steps = new StringBuilder();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String then = switch (r.nextInt(4)) {
        case 0 -> "{\"notify\": [\"assignee\"]}";
        case 1 -> "{\"moveToLine\": " + (1 + r.nextInt(3)) + "}";
        case 2 -> "{\"keepOwner\": true}";
        default -> "{\"moveToLine\": 3, \"notify\": [\"lead\"]}";
      };
      steps.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"when\": ")
          .append(CONDITIONS.get(r.nextInt(CONDITIONS.size()))).append(", \"then\": ").append(then).append('}');
    }
    String json = """
        {"pledge": 1, "zone": "UTC",
         "calendars": {"office": {"week": {"mon": ["09:00-17:00"], "tue": ["09:00-12:00", "13:00-17:00"],
            "wed": ["09:00-17:00"], "thu": ["09:00-17:00"], "fri": ["09:00-15:00"]}},
            "always": {"type": "24x7"}},
         "servicePolicies": [{"id": "p", "calendar": "%s",
            "targets": {"first-response": {"within": "PT%dM"%s}, "next-response": {"within": "PT%dM"%s},
                        "periodic-update": {"within": "PT%dM"%s}, "resolution": {"within": "PT%dH"%s},
                        "agent-work": {"within": "PT%dH"%s}}, "objective": 0.9}],
         "escalation": {"steps": [%s]}}
        """.formatted(office ? "office" : "always", 30 + r.nextInt(300), pauseOn(r), 30 + r.nextInt(300), pauseOn(r),
        60 + r.nextInt(600), pauseOn(r), 2 + r.nextInt(30), pauseOn(r), 2 + r.nextInt(30), pauseOn(r), steps);
    return Pledge.builder().loadJson(json);
  }

  private static String pauseOn(Random r) {
    return PAUSE_ON.get(r.nextInt(PAUSE_ON.size()));
  }

  private static List<CaseEvent> timeline(Random r) {
    Instant t = MONDAY.plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
    List<CaseEvent> events = new ArrayList<>();
    events.add(CaseEvent.opened("c", t, "anna", "email", "normal"));
    CaseStatus status = CaseStatus.OPEN;
    int n = r.nextInt(10);
    for (int i = 0; i < n && status != CaseStatus.CLOSED; i++) {
      t = t.plus(Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(900)));
      switch (r.nextInt(7)) {
        case 0 -> events.add(CaseEvent.agentReply("c", t));
        case 1 -> events.add(CaseEvent.customerMessage("c", t));
        case 2 -> events.add(CaseEvent.transfer("c", t, "agent" + r.nextInt(4)));
        case 3, 4 -> {
          CaseStatus next = CaseStatus.values()[r.nextInt(CaseStatus.values().length)];
          events.add(CaseEvent.status("c", t, next));
          status = next;
        }
        case 5 -> events.add(CaseEvent.internalNote("c", t));
        default -> events.add(CaseEvent.escalated("c", t, "s" + r.nextInt(3)));
      }
    }
    return events;
  }
}
