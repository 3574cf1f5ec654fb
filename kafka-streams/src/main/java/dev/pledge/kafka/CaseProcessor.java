package dev.pledge.kafka;

import dev.pledge.Pledge;
import dev.pledge.customer.Activity;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.output.PledgeJson;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.MetricInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Evaluates cases as their events arrive and as their timers fall due. Keyed by case id. A new
 * event is tried first: the case is evaluated with it, and only if that succeeds is the event kept
 * and the outputs written; otherwise the event goes to the dead-letter topic and the case is as it
 * was. Each evaluation writes the outcome if it changed, every step that fell due and was not yet
 * written (with its compensation, as an activity), and moves the case's timer.
 */
final class CaseProcessor extends TimedProcessor {
  private static final JsonLinesReader<CaseEvent> EVENTS = JsonLinesReader.caseEvents();
  /**
   * A case's state stays under this many characters (its events are kept until it is forgotten): a
   * changelog record must fit the broker's 1 MB default; an event that would pass it is refused.
   */
  static final int MAX_STATE_CHARS = 512 * 1024;
  /** At most this many timers are taken by one punctuation; the rest wait for the next. */
  static final int TIMERS_PER_PUNCTUATION = 10_000;

  private KeyValueStore<String, String> cases;
  private KeyValueStore<String, String> customerContexts;

  CaseProcessor(PledgeStreams.Settings settings) {
    super(settings, PledgeStreams.CASE_TIMERS);
  }

  @Override
  void open(ProcessorContext<String, Out> context) {
    cases = context.getStateStore(PledgeStreams.CASES);
    customerContexts = context.getStateStore(PledgeStreams.CONTEXTS);
  }

  @Override
  public void process(Record<String, String> record) {
    String caseId = record.key();
    if (caseId == null || record.value() == null) {
      deadLetters.send(context, record, "a case event must be keyed by its case id and have a value");
      return;
    }
    CaseEvent event;
    try {
      event = EVENTS.read(record.value());
    } catch (RuntimeException e) {
      deadLetters.send(context, record, "not a case event: " + DeadLetters.reason(e));
      return;
    }
    if (!event.caseId().equals(caseId)) {
      deadLetters.send(context, record, "the event is of case \"" + event.caseId() + "\" but keyed \"" + caseId + "\"");
      return;
    }
    String stored = cases.get(caseId);
    if (stored == null && event.type() != CaseEventType.OPENED) {
      deadLetters.send(context, record, "unknown case \"" + caseId + "\": no opened event has come for it");
      return;
    }
    // the state grows by the event and its length (a few fields besides change by a few dozen characters)
    if ((stored == null ? 0 : stored.length()) + record.value().length() + 16 > MAX_STATE_CHARS) {
      deadLetters.send(context, record, "case \"" + caseId + "\" cannot take this event: its state would pass "
          + MAX_STATE_CHARS + " characters (its events are kept until it is forgotten)");
      return;
    }
    CaseState state = stored == null ? CaseState.empty() : CaseState.fromText(stored);
    Instant asOf = latest(Instant.ofEpochMilli(record.timestamp()), state.asOf());
    Evaluated evaluated;
    try {
      evaluated = evaluate(caseId, state.withEvent(record.value()), asOf);
    } catch (RuntimeException | StackOverflowError e) {
      deadLetters.send(context, record, "case \"" + caseId + "\" cannot take this event: " + DeadLetters.reason(e));
      return;
    }
    write(caseId, state, evaluated);
  }

  /** Evaluates every case whose timer is at or before the punctuation's time, as of that time. */
  @Override
  void punctuate(long timestamp) {
    Instant now = Instant.ofEpochMilli(timestamp);
    for (String caseId : timers.takeDue(now, TIMERS_PER_PUNCTUATION)) {
      String stored = cases.get(caseId);
      if (stored == null) {
        continue; // a stale timer: the case was forgotten
      }
      CaseState state = CaseState.fromText(stored);
      Instant asOf = latest(now, state.asOf());
      Evaluated evaluated;
      try {
        evaluated = evaluate(caseId, state, asOf);
      } catch (RuntimeException | StackOverflowError e) {
        // every event was accepted by an evaluation; what changed since is the customer's levels
        deadLetters.sendFromTimer(context, caseId, asOf,
            "case \"" + caseId + "\" could not be evaluated on its timer (it waits for its next event): "
                + DeadLetters.reason(e));
        CaseState waiting = new CaseState(state.events(), state.written(), state.fingerprint(), asOf,
            state.closedSince(), Optional.empty());
        cases.put(caseId, waiting.toText());
        continue;
      }
      write(caseId, state, evaluated);
    }
  }

  /** What evaluating a case gave: its new state, the records to write, or that it is to be forgotten. */
  private record Evaluated(CaseState state, List<Out> outs, List<String> outKeys, boolean purge) {}

  private Evaluated evaluate(String caseId, CaseState state, Instant asOf) {
    List<CaseEvent> events = new ArrayList<>(state.events().size());
    for (String line : state.events()) {
      events.add(EVENTS.read(line));
    }
    Optional<Instant> closedAt = closedAt(events);
    CaseEvent opened = events.stream().filter(e -> e.type() == CaseEventType.OPENED)
        .min((a, b) -> a.at().compareTo(b.at())).orElseThrow();
    String customerId = opened.customer().orElse("?");
    Instant levelsAt = opened.at().isBefore(asOf) ? opened.at() : asOf;
    CustomerContext customer = contexts.at(customerId, customerContexts.get(customerId), levelsAt);
    Pledge pledge = settings.pledge();
    CaseOutcome outcome = pledge.sla().evaluate(events, customer, asOf);
    Escalations escalations = pledge.escalation().evaluate(events, customer, asOf);

    List<Out> outs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    String fingerprint = fingerprint(outcome);
    if (!fingerprint.equals(state.fingerprint())) {
      outs.add(new Out(settings.topics().outcomes(), Json.write(PledgeJson.caseOutcome(outcome))));
      keys.add(caseId);
    }
    // A step falls due once per occurrence (each next-response wait can breach): the engine lists
    // the occurrences not recorded by escalated events, so with the recorded ones it tells how many
    // there have been; those past the count already written are new.
    Map<String, Integer> written = new HashMap<>(state.written());
    Map<String, Integer> seen = recorded(events, asOf);
    for (DueStep step : escalations.due()) {
      int occurrence = seen.merge(step.step(), 1, Integer::sum);
      if (occurrence > written.getOrDefault(step.step(), 0)) {
        written.put(step.step(), occurrence);
        outs.add(new Out(settings.topics().dueSteps(), Json.write(PledgeJson.dueStep(caseId, step))));
        keys.add(caseId);
        Optional<Activity> compensation = step.compensation();
        if (compensation.isPresent()) {
          outs.add(new Out(settings.topics().activities(), Json.write(PledgeJson.activity(compensation.get()))));
          keys.add(compensation.get().customer());
        }
      }
    }
    // Looked at again when the next step can fall due, a running instance passes its deadline, or an
    // event dated after asOf (kept, not yet seen by the engines) comes into view.
    Optional<Instant> timer = earliest(earliest(escalations.nextCheckAt(), nextDeadline(outcome, asOf)),
        nextEvent(events, asOf));
    Optional<Instant> closedSince = closedAt.isEmpty() ? Optional.empty()
        : Optional.of(state.closedSince().orElse(asOf));
    boolean purge = false;
    if (timer.isEmpty() && closedSince.isPresent()) {
      // a closed case with nothing pending is kept for late events (a rating), counted from when the
      // stream first saw it closed, then forgotten
      Instant forget = closedSince.get().plus(settings.closedCaseRetention());
      purge = !asOf.isBefore(forget);
      timer = purge ? Optional.empty() : Optional.of(forget);
    }
    return new Evaluated(new CaseState(state.events(), written, fingerprint, asOf, closedSince, timer), outs, keys,
        purge);
  }

  /** Per step, the occurrences that escalated events at or before {@code asOf} record. */
  private static Map<String, Integer> recorded(List<CaseEvent> events, Instant asOf) {
    Map<String, Integer> recorded = new HashMap<>();
    for (CaseEvent e : events) {
      if (e.type() == CaseEventType.ESCALATED && !e.at().isAfter(asOf) && e.step().isPresent()) {
        recorded.merge(e.step().get(), 1, Integer::sum);
      }
    }
    return recorded;
  }

  /** The earliest instant of an event after {@code asOf}: the engines see it from then on. */
  private static Optional<Instant> nextEvent(List<CaseEvent> events, Instant asOf) {
    Optional<Instant> next = Optional.empty();
    for (CaseEvent e : events) {
      if (e.at().isAfter(asOf)) {
        next = earliest(next, Optional.of(e.at()));
      }
    }
    return next;
  }

  /** Writes the case's outputs and keeps its new state (or forgets the case). */
  private void write(String caseId, CaseState before, Evaluated evaluated) {
    CaseState after = evaluated.state();
    if (evaluated.purge()) {
      cases.delete(caseId);
    } else {
      cases.put(caseId, after.toText());
    }
    timers.move(caseId, before.timer(), after.timer());
    long timestamp = after.asOf().toEpochMilli();
    for (int i = 0; i < evaluated.outs().size(); i++) {
      context.forward(new Record<>(evaluated.outKeys().get(i), evaluated.outs().get(i), timestamp));
    }
  }

  /**
   * The digest of the outcome without what changes by itself while time passes (its as-of instant,
   * and the elapsed, paused and breached-by figures of running instances): a new outcome is
   * written when this changes. Every field of the outcome's JSON but those.
   */
  private static String fingerprint(CaseOutcome outcome) {
    Tokens out = Tokens.writer(128 + 192 * outcome.instances().size());
    out.add(outcome.promise()).add(outcome.policy().map(p -> p.id()).orElse(""));
    for (MetricInstance i : outcome.instances()) {
      out.add(i.policy().id()).add(i.metric().wireName()).add(i.number()).add(i.target()).add(i.calendar())
          .add(i.start()).add(i.stop().map(Instant::toString).orElse("")).add(i.deadline().map(Instant::toString)
          .orElse("")).add(i.state().wireName());
      if (i.stop().isPresent()) {
        out.add(i.elapsed()).add(i.paused()).add(i.breachedBy());
      }
    }
    return Json.digest(out.text());
  }

  /**
   * The first millisecond past the earliest deadline, at or after {@code asOf}, of an instance still
   * running: it is breached from then on (at its deadline itself it is still active).
   */
  private static Optional<Instant> nextDeadline(CaseOutcome outcome, Instant asOf) {
    Optional<Instant> next = Optional.empty();
    for (MetricInstance i : outcome.instances()) {
      if (i.running() && i.deadline().isPresent() && !i.deadline().get().isBefore(asOf)) {
        next = earliest(next, Optional.of(i.deadline().get().truncatedTo(ChronoUnit.MILLIS).plusMillis(1)));
      }
    }
    return next;
  }

  /** When the case was closed, if its last status event closed it. */
  private static Optional<Instant> closedAt(List<CaseEvent> events) {
    CaseEvent last = null;
    for (CaseEvent e : events) {
      if (e.type() == CaseEventType.STATUS && (last == null || !e.at().isBefore(last.at()))) {
        last = e;
      }
    }
    return last != null && last.status().orElse(null) == CaseStatus.CLOSED ? Optional.of(last.at()) : Optional.empty();
  }
}
