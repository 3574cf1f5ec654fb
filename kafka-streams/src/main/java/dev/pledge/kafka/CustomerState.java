package dev.pledge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a customer's partition keeps of them beside their activities: their customers line, the
 * instant they were last evaluated at, their timer (when a level runs out), the digests of each
 * program's last status and of their last context written (to write a new one only when it
 * changes) and the number the next activity arrives as.
 */
record CustomerState(Optional<String> customer, Instant asOf, Optional<Instant> timer, Map<String, String> statuses,
    String context, long sequence) {

  CustomerState {
    statuses = Map.copyOf(statuses);
  }

  /** The state stored as {@code text}, or a customer not seen yet if null. */
  static CustomerState fromJson(String text) {
    if (text == null) {
      return new CustomerState(Optional.empty(), Instant.MIN, Optional.empty(), Map.of(), "", 0);
    }
    ObjectNode in = Json.readState(text);
    Map<String, String> statuses = new LinkedHashMap<>();
    in.path("statuses").fields().forEachRemaining(e -> statuses.put(e.getKey(), e.getValue().asText()));
    JsonNode customer = in.path("customer");
    JsonNode timer = in.path("timer");
    return new CustomerState(customer.isTextual() ? Optional.of(customer.asText()) : Optional.empty(),
        Instant.parse(in.path("asOf").asText()),
        timer.isTextual() ? Optional.of(Instant.parse(timer.asText())) : Optional.empty(), statuses,
        in.path("context").asText(), in.path("sequence").asLong());
  }

  String toJson() {
    ObjectNode out = Json.object();
    out.put("customer", customer.orElse(null));
    out.put("asOf", asOf.toString());
    out.put("timer", timer.map(Instant::toString).orElse(null));
    ObjectNode kept = out.putObject("statuses");
    statuses.forEach(kept::put);
    out.put("context", context);
    out.put("sequence", sequence);
    return Json.write(out);
  }
}
