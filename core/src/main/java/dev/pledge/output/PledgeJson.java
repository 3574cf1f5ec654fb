package dev.pledge.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.customer.Activity;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.escalation.StepActions;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.MetricInstance;
import dev.pledge.tier.LevelProgress;
import dev.pledge.tier.MetricProgress;
import dev.pledge.tier.Requirement;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pledge's results as JSON, in the shapes that {@code pledge sla}, {@code pledge escalations} and
 * {@code pledge tiers} write and that the Kafka Streams topics carry: instants in UTC as
 * {@link Instant#toString()} writes them, durations ISO-8601, decimals exact, a missing optional
 * value as {@code null}. Every method returns a new tree, which the caller may change.
 */
public final class PledgeJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** For custom actions' values (module records or plain values); fractions stay exact. */
  private static final ObjectMapper VALUES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private PledgeJson() {}

  /**
   * One {@code pledge sla} line: {@code case}, {@code policy}, {@code metric}, {@code instance}
   * (its number), {@code target}, {@code calendar}, {@code start}, {@code stop} (or null),
   * {@code elapsed}, {@code paused}, {@code deadline} (or null), {@code state} and {@code breachedBy}.
   */
  public static ObjectNode metricInstance(String caseId, MetricInstance instance) {
    Objects.requireNonNull(caseId, "caseId");
    MetricInstance i = Objects.requireNonNull(instance, "instance");
    ObjectNode out = NODES.objectNode();
    out.put("case", caseId);
    out.put("policy", i.policy().id());
    out.put("metric", i.metric().wireName());
    out.put("instance", i.number());
    out.put("target", i.target().toString());
    out.put("calendar", i.calendar());
    out.put("start", i.start().toString());
    out.put("stop", i.stop().map(Instant::toString).orElse(null));
    out.put("elapsed", i.elapsed().toString());
    out.put("paused", i.paused().toString());
    out.put("deadline", i.deadline().map(Instant::toString).orElse(null));
    out.put("state", i.state().wireName());
    out.put("breachedBy", i.breachedBy().toString());
    return out;
  }

  /**
   * A case's whole outcome: {@code case}, {@code asOf}, {@code promise} ({@code promised},
   * {@code unpromised} or {@code not-yet-opened}), {@code policy} (or null) and {@code instances},
   * each a {@link #metricInstance} line.
   */
  public static ObjectNode caseOutcome(CaseOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    ObjectNode out = NODES.objectNode();
    out.put("case", outcome.caseId());
    out.put("asOf", outcome.asOf().toString());
    out.put("promise", outcome.promise().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.put("policy", outcome.policy().map(p -> p.id()).orElse(null));
    ArrayNode instances = out.putArray("instances");
    outcome.instances().forEach(i -> instances.add(metricInstance(outcome.caseId(), i)));
    return out;
  }

  /**
   * One {@code pledge escalations} line: {@code case}, {@code line}, {@code owner} (or null),
   * {@code due} (each {@link #dueStep} without its case) and {@code nextCheckAt} (or null).
   */
  public static ObjectNode escalations(Escalations escalations) {
    Escalations e = Objects.requireNonNull(escalations, "escalations");
    ObjectNode out = NODES.objectNode();
    out.put("case", e.caseId());
    out.put("line", e.line());
    out.put("owner", e.owner().orElse(null));
    ArrayNode due = out.putArray("due");
    for (DueStep d : e.due()) {
      ObjectNode step = due.addObject();
      step.put("step", d.step());
      step.put("dueAt", d.dueAt().toString());
      step.set("actions", stepActions(d.actions(), d.compensation()));
    }
    out.put("nextCheckAt", e.nextCheckAt().map(Instant::toString).orElse(null));
    return out;
  }

  /** A step that fell due for a case: {@code case}, {@code step}, {@code dueAt} and {@code actions}. */
  public static ObjectNode dueStep(String caseId, DueStep step) {
    Objects.requireNonNull(caseId, "caseId");
    DueStep d = Objects.requireNonNull(step, "step");
    ObjectNode out = NODES.objectNode();
    out.put("case", caseId);
    out.put("step", d.step());
    out.put("dueAt", d.dueAt().toString());
    out.set("actions", stepActions(d.actions(), d.compensation()));
    return out;
  }

  /**
   * A step's actions: the built-in ones under their configuration names ({@code notify},
   * {@code moveToLine}, {@code raisePriority}, {@code keepOwner}, {@code compensate} with the
   * program and the {@link #activity} it credits), then each custom action under its type.
   */
  public static ObjectNode stepActions(StepActions actions, Optional<Activity> compensation) {
    StepActions a = Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(compensation, "compensation");
    ObjectNode out = NODES.objectNode();
    if (!a.notifyRoles().isEmpty()) {
      ArrayNode roles = out.putArray("notify");
      a.notifyRoles().forEach(roles::add);
    }
    a.moveToLine().ifPresent(l -> out.put("moveToLine", l));
    if (a.raisePriority()) {
      out.put("raisePriority", true);
    }
    if (a.keepOwner()) {
      out.put("keepOwner", true);
    }
    compensation.ifPresent(act -> {
      ObjectNode comp = out.putObject("compensate");
      comp.put("program", a.compensate().orElseThrow().program());
      comp.set("activity", activity(act));
    });
    a.custom().forEach(c -> out.set(c.type(), VALUES.valueToTree(c.value())));
    return out;
  }

  /**
   * An activity as an activities line reads it back: {@code customer}, {@code at}, {@code kind},
   * {@code id} (if any), then its fields in name order.
   */
  public static ObjectNode activity(Activity activity) {
    Activity act = Objects.requireNonNull(activity, "activity");
    ObjectNode out = NODES.objectNode();
    out.put("customer", act.customer());
    out.put("at", act.at().toString());
    out.put("kind", act.kind());
    act.id().ifPresent(id -> out.put("id", id));
    act.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
      Object v = f.getValue();
      if (v instanceof BigDecimal d) {
        out.put(f.getKey(), d);
      } else if (v instanceof Boolean b) {
        out.put(f.getKey(), b);
      } else {
        out.put(f.getKey(), v.toString());
      }
    });
    return out;
  }

  /**
   * One {@code pledge tiers} line: {@code customer}, {@code program}, {@code level}, {@code since},
   * {@code validUntil} (a date, or null), {@code reason}, {@code progress} and {@code retain} (a
   * level's requirement tree, or null) and {@code history}.
   */
  public static ObjectNode tierStatus(String customer, TierStatus status) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(status, "status");
    ObjectNode out = NODES.objectNode();
    out.put("customer", customer);
    out.put("program", status.program());
    out.put("level", status.level());
    out.put("since", status.since().toString());
    out.put("validUntil", status.validUntil().map(Object::toString).orElse(null));
    out.put("reason", status.reason().id());
    out.set("progress", level(status.progress()));
    out.set("retain", level(status.retain()));
    ArrayNode history = out.putArray("history");
    for (TierChange change : status.history()) {
      ObjectNode c = history.addObject();
      c.put("at", change.at().toString());
      c.put("from", change.from());
      c.put("to", change.to());
      c.put("reason", change.reason().id());
      change.note().ifPresent(note -> c.put("note", note));
    }
    return out;
  }

  private static JsonNode level(Optional<LevelProgress> progress) {
    if (progress.isEmpty()) {
      return NODES.nullNode();
    }
    ObjectNode out = NODES.objectNode();
    out.put("level", progress.get().level());
    out.put("met", progress.get().met());
    out.set("requirement", requirement(progress.get().requirement()));
    return out;
  }

  private static ObjectNode requirement(Requirement r) {
    ObjectNode out = NODES.objectNode();
    out.put("type", r.type());
    out.put("met", r.met());
    if (r.metric().isPresent()) {
      MetricProgress m = r.metric().get();
      out.put("metric", m.metric());
      out.put("value", plain(m.value()));
      out.put("required", plain(m.required()));
      out.put("remaining", plain(m.remaining()));
    }
    if (!r.of().isEmpty()) {
      ArrayNode of = out.putArray("of");
      r.of().forEach(part -> of.add(requirement(part)));
    }
    return out;
  }

  /** {@code value} without a negative scale, so that it is written without an exponent. */
  public static BigDecimal plain(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
