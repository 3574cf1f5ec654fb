package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.sla.MetricInstance;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes a {@link MetricInstance} as one {@code pledge sla} output line: {@code case},
 * {@code policy}, {@code metric}, {@code instance} (its number), {@code target}, {@code calendar},
 * {@code start}, {@code stop} (or null), {@code elapsed}, {@code paused}, {@code deadline} (or
 * null), {@code state} and {@code breachedBy}. Instants are UTC, durations ISO-8601.
 */
public final class MetricInstanceJson {
  private MetricInstanceJson() {}

  public static ObjectNode of(String caseId, MetricInstance i) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("case", caseId);
    out.put("policy", i.policy().id());
    out.put("metric", i.metric().wireName());
    out.put("instance", i.number());
    out.put("target", i.target().toString());
    out.put("calendar", i.calendar());
    out.put("start", i.start().toString());
    instant(out, "stop", i.stop());
    out.put("elapsed", i.elapsed().toString());
    out.put("paused", i.paused().toString());
    instant(out, "deadline", i.deadline());
    out.put("state", i.state().wireName());
    out.put("breachedBy", i.breachedBy().toString());
    return out;
  }

  private static void instant(ObjectNode out, String field, Optional<Instant> value) {
    if (value.isPresent()) {
      out.put(field, value.get().toString());
    } else {
      out.putNull(field);
    }
  }
}
