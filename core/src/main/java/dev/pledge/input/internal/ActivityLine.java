package dev.pledge.input.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.PledgeException;
import dev.pledge.internal.JsonWords;
import dev.pledge.internal.TimeRanges;
import dev.pledge.internal.UtcInstants;
import dev.pledge.customer.Activity;
import dev.pledge.internal.JsonLinesMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one activity line: {@code {"customer":"c1","at":"2026-03-02T09:00:00Z","kind":"flight",
 * "id":"f1","xp":40}}. {@code customer}, {@code at} (ISO-8601 with an offset) and {@code kind}
 * are required strings, {@code id} an optional string; every other field is free and must be a
 * number (kept exact as a {@code BigDecimal}), a string or a boolean.
 */
public final class ActivityLine {
  private ActivityLine() {}

  /**
   * The activity written in {@code record}.
   *
   * @throws PledgeException naming the field (as a JSON Pointer) if a value is missing or
   *     of the wrong type
   */
  public static Activity read(ObjectNode record) {
    String customer = required(record, "customer");
    if (customer.isBlank()) {
      throw new PledgeException("/customer: must not be blank");
    }
    String at = required(record, "at");
    // the usual "2026-03-02T09:00:00Z" read without a formatter: the same instant OffsetDateTime reads
    Instant instant = UtcInstants.parse(at).orElse(null);
    if (instant == null) {
      try {
        instant = OffsetDateTime.parse(at).toInstant();
      } catch (DateTimeException e) { // a parse error, or an offset that leaves the time line
        instant = null;
      }
    }
    if (instant == null || !TimeRanges.inRange(instant)) {
      throw new PledgeException("/at: expected an ISO-8601 instant such as 2026-03-02T09:00:00Z, "
          + TimeRanges.YEARS + ", but was " + JsonWords.quote(at));
    }
    String kind = required(record, "kind");
    Optional<String> id = record.hasNonNull("id") ? Optional.of(required(record, "id")) : Optional.empty();
    Map<String, Object> fields = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals("customer") || name.equals("at") || name.equals("kind") || name.equals("id")
          || value.isNull()) {
        continue;
      }
      if (value.isNumber()) {
        fields.put(name, value.decimalValue());
      } else if (value.isTextual()) {
        fields.put(name, value.textValue());
      } else if (value.isBoolean()) {
        fields.put(name, value.booleanValue());
      } else {
        throw new PledgeException("/" + name + ": expected a number, string or boolean, but was "
            + JsonLinesMapper.describe(value));
      }
    }
    return new Activity(customer, instant, kind, id, fields);
  }

  private static String required(ObjectNode record, String field) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      throw new PledgeException("/" + field + ": required");
    }
    if (!value.isTextual()) {
      throw new PledgeException("/" + field + ": expected a string, but was " + JsonLinesMapper.describe(value));
    }
    return value.textValue();
  }
}
