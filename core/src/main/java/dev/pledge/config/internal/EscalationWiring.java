package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.escalation.EntryRule;
import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.escalation.EscalationStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link EscalationPolicy} from the bound and compiled escalation section, through the
 * same builders Java users call. Problems the builders would throw for (a bad compensation
 * activity) are reported with their JSON Pointer instead.
 */
final class EscalationWiring {
  private static final Set<String> SET_BY_ENGINE = Set.of("customer", "at", "id");

  private EscalationWiring() {}

  static Optional<EscalationPolicy> build(EscalationConfig config, List<Compiled.Entry> entry,
      List<Compiled.Step> steps, Problems problems, String at) {
    int before = problems.count();
    EscalationPolicy.Builder b = EscalationPolicy.builder();
    if (config.lines() != null) {
      config.lines().forEach(l -> b.line(l.level(), l.name()));
    }
    entry.forEach(e -> b.entry(new EntryRule(e.when(), e.line())));
    for (int i = 0; i < steps.size(); i++) {
      EscalationConfig.Step s = steps.get(i).config();
      EscalationConfig.Actions then = s.then();
      EscalationStep.Builder step = EscalationStep.builder(s.id()).when(steps.get(i).when());
      if (then.notifyRoles() != null) {
        step.notifyRoles(then.notifyRoles().toArray(new String[0]));
      }
      if (then.moveToLine() != null) {
        step.moveToLine(then.moveToLine());
      }
      if (Boolean.TRUE.equals(then.raisePriority())) {
        step.raisePriority();
      }
      if (Boolean.TRUE.equals(then.keepOwner())) {
        step.keepOwner();
      }
      if (then.compensate() != null) {
        String cat = at + "/steps/" + i + "/then/compensate/activity";
        compensation(then.compensate().activity(), problems, cat)
            .ifPresent(fields -> step.compensate(then.compensate().program(),
                fields.remove("kind").toString(), fields));
      }
      steps.get(i).custom().forEach(a -> step.action(a.type(), a.value()));
      if (problems.count() == before) {
        EscalationStep built = step.build();
        Problems.built(problems, at, () -> b.step(built));
      }
    }
    return problems.count() == before ? Optional.of(b.build()) : Optional.empty();
  }

  /** The activity's fields, {@code kind} included, as exact values; empty after reporting problems. */
  private static Optional<Map<String, Object>> compensation(JsonNode activity, Problems problems, String at) {
    int before = problems.count();
    Map<String, Object> fields = new LinkedHashMap<>();
    JsonNode kind = activity.get("kind");
    if (kind == null || !kind.isTextual() || kind.textValue().isBlank()) {
      problems.add(at + "/kind", "the compensation activity needs a \"kind\" (a non-blank string), but it was "
          + (kind == null ? "missing" : Expectations.found(kind)));
    }
    activity.fields().forEachRemaining(f -> {
      String name = f.getKey();
      JsonNode v = f.getValue();
      if (SET_BY_ENGINE.contains(name)) {
        problems.add(at + "/" + SourceDocument.escape(name), "\"" + name
            + "\" is set by the engine (the case's customer, the due instant, an id from the case and step); "
            + "remove it");
      } else if (v.isNumber()) {
        fields.put(name, v.decimalValue());
      } else if (v.isTextual()) {
        fields.put(name, v.textValue());
      } else if (v.isBoolean()) {
        fields.put(name, v.booleanValue());
      } else {
        problems.add(at + "/" + SourceDocument.escape(name), "an activity field must be a number, string or "
            + "boolean, but was " + Expectations.found(v));
      }
    });
    return problems.count() == before ? Optional.of(fields) : Optional.empty();
  }
}
