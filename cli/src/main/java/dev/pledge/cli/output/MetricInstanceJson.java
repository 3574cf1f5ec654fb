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

  /**
   * The same line as text, written as {@code JsonLines.render(of(caseId, i))} writes it, without
   * building the tree: for {@code pledge sla}, which writes millions.
   */
  public static String line(String caseId, MetricInstance i) {
    return new JsonText().field("case", caseId).field("policy", i.policy().id()).field("metric", i.metric().wireName())
        .field("instance", i.number()).field("target", i.target().toString()).field("calendar", i.calendar())
        .field("start", i.start()).field("stop", i.stop().orElse(null)).field("elapsed", i.elapsed().toString())
        .field("paused", i.paused().toString()).field("deadline", i.deadline().orElse(null))
        .field("state", i.state().wireName()).field("breachedBy", i.breachedBy().toString()).toString();
  }

  private static void instant(ObjectNode out, String field, Optional<Instant> value) {
    if (value.isPresent()) {
      out.put(field, value.get().toString());
    } else {
      out.putNull(field);
    }
  }
}
