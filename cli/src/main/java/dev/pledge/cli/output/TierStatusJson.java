package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.tier.LevelProgress;
import dev.pledge.tier.MetricProgress;
import dev.pledge.tier.Requirement;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Writes a {@link TierStatus} as one {@code pledge tiers} output line: {@code customer},
 * {@code program}, {@code level}, {@code since} (UTC), {@code validUntil} (a date, or null),
 * {@code reason}, {@code progress} and {@code retain} (a level's requirement tree, or null) and
 * {@code history}. Decimals are exact.
 */
public final class TierStatusJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private TierStatusJson() {}

  public static ObjectNode of(String customer, TierStatus status) {
    ObjectNode out = NODES.objectNode();
    out.put("customer", customer);
    out.put("program", status.program());
    out.put("level", status.level());
    out.put("since", JsonText.instant(status.since()));
    if (status.validUntil().isPresent()) {
      out.put("validUntil", status.validUntil().get().toString());
    } else {
      out.putNull("validUntil");
    }
    out.put("reason", status.reason().id());
    out.set("progress", level(status.progress()));
    out.set("retain", level(status.retain()));
    ArrayNode history = out.putArray("history");
    for (TierChange change : status.history()) {
      ObjectNode c = history.addObject();
      c.put("at", JsonText.instant(change.at()));
      c.put("from", change.from());
      c.put("to", change.to());
      c.put("reason", change.reason().id());
      change.note().ifPresent(note -> c.put("note", note));
    }
    return out;
  }

  private static com.fasterxml.jackson.databind.JsonNode level(Optional<LevelProgress> progress) {
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

  /** The same number without a negative scale, so it is written without an exponent. */
  public static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
