package dev.pledge.escalation.internal;

import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.CaseHistory;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.EntryRule;
import dev.pledge.escalation.EscalationStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.escalation.StepActions;
import dev.pledge.rule.Facts;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import dev.pledge.sla.replay.CaseTimeline;
import dev.pledge.customer.Activity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds when each step falls due, by sweeping the candidate instants in order: every event
 * instant and every instant at which a time trigger's value changes, that is, its threshold is
 * crossed by the latest instance of its metric under the policy measuring it then (computed
 * exactly from the metric instances, also after {@code asOf} as if no event arrived). The next
 * candidate is the earlier of the next event and the next such crossing, so only the crossings
 * the sweep reaches are computed. At each candidate the events up to it are applied, then the
 * steps are tested in order, again while a step that fell due moved the case to another line. A
 * condition can change its truth only at a candidate (the counts and the line change only at
 * events and due steps, the time triggers only at their crossings), so the first candidate at
 * which it holds is the exact instant it became due. A condition that reads an input changing
 * without notice (an elapsed fraction, an unplanned share) is tested at every crossing of every
 * instance instead. One instance per evaluation; not thread-safe.
 */
public final class Sweep {
  private final Plan plan;
  private final CustomerContext customer;
  private final CaseEvent[] events;
  private final int applied;
  private final Cursor cursor;
  private final List<EscalationStep> steps;
  private String priority;
  private CaseStatus status = CaseStatus.OPEN;
  private String owner;
  private String firstOwner;
  private boolean keepOwner;
  private Facts facts;
  private Instant selectedAt;
  private Facts.Builder opening; // the entry rules' facts, until the steps' facts are built or the priority changes
  private boolean volatileRead; // some condition read an input that changes without notice

  private Sweep(Plan plan, CaseTimeline timeline, CustomerContext customer) {
    this.plan = plan;
    this.customer = customer;
    this.events = timeline.events();
    this.applied = timeline.applied();
    this.cursor = new Cursor(plan, timeline);
    this.steps = plan.policy.steps();
    this.priority = events[0].priority().orElseThrow();
    this.selectedAt = events[0].at();
  }

  /** Evaluates one case; see {@code EscalationEngine#evaluate}. */
  public static Escalations run(Plan plan, List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    CaseTimeline timeline = plan.replayer.timeline(events, customer, asOf);
    return new Sweep(plan, timeline, customer).run(asOf);
  }

  private Escalations run(Instant asOf) {
    CaseEvent opened = events[0];
    cursor.line = entryLine(opened);
    if (applied == 0) {
      return new Escalations(opened.caseId(), asOf, cursor.line, Optional.empty(), List.of(), Optional.empty());
    }
    int[] recorded = new int[steps.size()];
    for (int e = 0; e < applied; e++) {
      if (events[e].type() == CaseEventType.ESCALATED) {
        Integer i = plan.stepIndex.get(events[e].step().orElseThrow());
        if (i != null) {
          recorded[i]++;
        }
      }
    }
    long[] lastKey = new long[steps.size()];
    Arrays.fill(lastKey, -1);
    Inputs inputs = new Inputs(steps.size(), Cursor.bits(plan.triggerMetric.size()));
    long[] keys = null;
    List<DueStep> due = new ArrayList<>();
    Instant next = null;
    int e = 1;
    int line = -1; // the line and owner at asOf, taken before the sweep looks past it
    String ownerAtAsOf = null;
    Instant[] all = null; // every crossing, sorted, once a condition read a volatile input
    int nextOfAll = 0;
    for (Instant t = opened.at(); t != null; ) {
      if (line < 0 && t.isAfter(asOf)) {
        line = cursor.line;
        ownerAtAsOf = owner;
      }
      cursor.snapshot();
      while (e < applied && !events[e].at().isAfter(t)) {
        apply(events[e++]);
      }
      if (facts == null) {
        inputs.forgetAll(); // a new policy selection: the facts changed
      }
      if (cursor.moveTo(t) || keys == null) {
        keys = keys();
      }
      inputs.changed(cursor.changedSinceSnapshot() | cursor.refresh());
      boolean again = true;
      while (again) {
        again = false;
        for (int i = 0; i < steps.size(); i++) {
          long key = keys[i];
          if (key == lastKey[i] || inputs.unchanged(i, key) || !test(i, key, inputs)) {
            continue;
          }
          lastKey[i] = key;
          int lineBefore = cursor.line;
          act(steps.get(i).actions());
          if (cursor.line != lineBefore) {
            again = true;
            inputs.changed(Cursor.LINE);
          }
          if (recorded[i] > 0) {
            recorded[i]--;
          } else if (!t.isAfter(asOf)) {
            due.add(dueStep(steps.get(i), i, t, key));
          } else if (next == null) {
            next = t;
          }
        }
      }
      if (next != null) {
        break;
      }
      if (all == null && volatileRead) {
        all = allCrossings();
      }
      while (!volatileRead && e < applied && inert(events[e])) {
        e++; // changes nothing the steps read: not a candidate (unless a condition is tested at every one)
      }
      Instant limit = e < applied ? events[e].at() : null;
      if (all != null) {
        while (nextOfAll < all.length && !all[nextOfAll].isAfter(t)) {
          nextOfAll++;
        }
        if (nextOfAll < all.length && (limit == null || all[nextOfAll].isBefore(limit))) {
          limit = all[nextOfAll];
        }
      }
      t = cursor.nextCrossing(limit);
    }
    if (line < 0) {
      line = cursor.line;
      ownerAtAsOf = owner;
    }
    return new Escalations(opened.caseId(), asOf, line, Optional.ofNullable(ownerAtAsOf), due,
        Optional.ofNullable(next));
  }

  /** Tests step {@code i}, noting what its condition read; a step found false is not tested again until that changes. */
  private boolean test(int i, long key, Inputs inputs) {
    cursor.reads = 0;
    boolean holds = steps.get(i).when().test(facts());
    inputs.tested(i, key, cursor.reads, holds);
    volatileRead |= (cursor.reads & Cursor.VOLATILE) != 0;
    return holds;
  }

  /**
   * Every crossing of every instance under every policy that can measure it, sorted. A condition
   * that read a volatile input is tested again at every candidate, so from then on the candidates
   * are all of them, not only the crossings that change a trigger's value.
   */
  private Instant[] allCrossings() {
    List<Instant> crossings = new ArrayList<>();
    cursor.crossings(crossings);
    Instant[] sorted = crossings.toArray(new Instant[0]);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Which instances each step fires for: the sum of the latest instance numbers of its metrics.
   * Changes only when the cursor moves to a new instance.
   */
  private long[] keys() {
    long[] keys = new long[steps.size()];
    for (int i = 0; i < keys.length; i++) {
      for (Metric m : plan.watched[i]) {
        keys[i] += cursor.latestNumber(m); // every number only grows, so the sum changes when any does
      }
    }
    return keys;
  }

  /** Whether {@code event} changes nothing in the sweep or in the case history. */
  private static boolean inert(CaseEvent event) {
    return event.type() == CaseEventType.INTERNAL_NOTE || event.type() == CaseEventType.ESCALATED
        || event.type() == CaseEventType.SATISFACTION;
  }

  private void apply(CaseEvent event) {
    switch (event.type()) {
      case TRANSFER -> {
        cursor.transfers++;
        String to = event.to().orElseThrow();
        if (firstOwner == null) {
          firstOwner = to;
        }
        owner = keepOwner ? firstOwner : to;
        event.line().ifPresent(l -> cursor.line = l);
      }
      case STATUS -> {
        CaseStatus next = event.status().orElseThrow();
        if (status == CaseStatus.SOLVED && next.unsolved()) {
          cursor.reopened++;
        }
        status = next;
      }
      case PRIORITY -> {
        priority = event.priority().orElseThrow();
        selectedAt = event.at();
        facts = null;
        opening = null;
      }
      case CUSTOMER_MESSAGE -> cursor.messages++;
      case AGENT_REPLY -> cursor.messages = 0;
      default -> { }
    }
  }

  private void act(StepActions actions) {
    if (actions.moveToLine().isPresent()) {
      cursor.line = actions.moveToLine().getAsInt();
    }
    if (actions.keepOwner()) {
      keepOwner = true;
      if (firstOwner != null) {
        owner = firstOwner;
      }
    }
  }

  private DueStep dueStep(EscalationStep step, int index, Instant at, long key) {
    StepActions actions = step.actions();
    Optional<Activity> activity = actions.compensate().map(c -> {
      String id = "escalation:" + events[0].caseId() + ":" + step.id()
          + (plan.watched[index].length == 0 ? "" : ":" + key);
      return new Activity(events[0].customer().orElseThrow(), at, c.kind(), Optional.of(id), c.fields());
    });
    return new DueStep(step.id(), at, actions, activity);
  }

  private int entryLine(CaseEvent opened) {
    opening = base(opened.at());
    Facts entry = opening.build();
    for (EntryRule rule : plan.policy.entry()) {
      if (rule.when().isEmpty() || rule.when().get().test(entry)) {
        return rule.line();
      }
    }
    return 1;
  }

  /**
   * The facts for the steps, with the case history (which the cursor moves) as an extension. Like
   * the service policy's selection, the customer facts are taken as of the latest selection (the
   * opening or the last priority change): that is their {@code asOf}, so the facts are built once
   * per selection, not at every candidate instant.
   */
  private Facts facts() {
    if (facts == null) {
      // until the priority changes, the facts of the opening with the history: one builder for both
      Facts.Builder b = opening != null ? opening : base(selectedAt);
      opening = null;
      facts = b.extension(CaseHistory.class, cursor).build();
    }
    return facts;
  }

  private Facts.Builder base(Instant t) {
    CaseEvent opened = events[0];
    return Facts.builder().customer(customer.customer()).levels(customer.levels())
        .channel(opened.channel().orElseThrow()).priority(priority).tags(opened.tags())
        .caseAttributes(opened.attributes()).asOf(t);
  }
}
