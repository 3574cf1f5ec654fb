package dev.pledge.input.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import dev.pledge.internal.JsonTree;
import dev.pledge.internal.JsonWords;
import dev.pledge.internal.TimeRanges;
import dev.pledge.internal.UtcInstants;
import dev.pledge.customer.Activity;
import dev.pledge.internal.JsonLinesMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one activity line: {@code {"customer":"c1","at":"2026-03-02T09:00:00Z","kind":"flight",
 * "id":"f1","xp":40}}. {@code customer}, {@code at} (ISO-8601 with an offset) and {@code kind}
 * are required strings, {@code id} an optional string; every other field is free and must be a
 * number (kept exact as a {@code BigDecimal}), a string or a boolean. A {@code survey} needs
 * {@code nps}, a whole number from 0 to 10.
 */
public final class ActivityLine {
  private static final String NPS = "nps";

  private ActivityLine() {}

  /**
   * The activity written in {@code record}.
   *
   * @throws PledgeException naming the field (as a JSON Pointer) if a value is missing or
   *     of the wrong type, or a survey's {@code nps} is missing or not a whole number from 0 to 10
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
    if (kind.equals(Activity.SURVEY) && !fields.containsKey(NPS)) {
      throw new PledgeException("/nps: required in a survey: the customer's answer, a whole number from 0 to 10");
    }
    try {
      return new Activity(customer, instant, kind, id, fields);
    } catch (InvalidValueException e) {
      throw new PledgeException("/" + e.field() + ": " + e.problem(), e);
    }
  }

  /**
   * The fast path: the activity {@code line} holds when it has the usual shape, one flat object of
   * strings, numbers and booleans, each key once, {@code customer}, {@code at} (as exports write
   * instants, {@code 2026-03-02T09:00:00Z}), {@code kind} and {@code id} strings; read straight from
   * the parser, without a tree. Anything else (a null, an array, an object, a number outside the
   * numbers Pledge reads, a repeated key, an unusual instant, JSON that does not parse) answers null,
   * and the line is read the careful way ({@link #read(ObjectNode)} on the tree), which says what
   * is wrong. So an activity read here is the activity read there.
   */
  public static Activity tryRead(String line) {
    String[] own = new String[4];  // customer, at, kind, id: strings, each once
    List<String> names = new ArrayList<>(4);  // the free fields, as the activity's map is built at once
    List<Object> values = new ArrayList<>(4);
    try (JsonParser parser = JsonLinesMapper.parsers().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int member = own(name);
        if (member >= 0) {
          // another type or a repeated key is the careful read's to report
          if (value != JsonToken.VALUE_STRING || own[member] != null) {
            return null;
          }
          own[member] = parser.getText();
        } else {
          Object v = scalar(parser, value);
          if (v == null || names.contains(name)) {
            return null;
          }
          names.add(name);
          values.add(v);
        }
      }
      if (parser.nextToken() != null) {
        return null;
      }
    } catch (IOException e) {
      return null;  // the careful read reports it
    }
    String customer = own[0];
    if (customer == null || customer.isBlank() || own[1] == null || own[2] == null) {
      return null;
    }
    Instant instant = UtcInstants.parse(own[1]).filter(TimeRanges::inRange).orElse(null);
    if (instant == null || own[2].equals(Activity.SURVEY) && !names.contains(NPS)) {
      return null;
    }
    try {
      return new Activity(customer, instant, own[2], Optional.ofNullable(own[3]), fields(names, values));
    } catch (PledgeException e) {
      return null;
    }
  }

  /** The index of one of the activity's own members in {@code tryRead}'s array, or -1 for a free field. */
  private static int own(String name) {
    switch (name) {
      case "customer":
        return 0;
      case "at":
        return 1;
      case "kind":
        return 2;
      case "id":
        return 3;
      default:
        return -1;
    }
  }

  /** The free fields as an immutable map, which the activity keeps as it is (no copy). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(List<String> names, List<Object> values) {
    switch (names.size()) {
      case 0:
        return Map.of();
      case 1:
        return Map.of(names.get(0), values.get(0));
      case 2:
        return Map.of(names.get(0), values.get(0), names.get(1), values.get(1));
      default:
        Map.Entry<String, Object>[] entries = new Map.Entry[names.size()];
        for (int i = 0; i < entries.length; i++) {
          entries[i] = Map.entry(names.get(i), values.get(i));
        }
        return Map.ofEntries(entries);
    }
  }

  /** A free field's value as the tree path reads it (exact numbers in Pledge's range); null to read the line so. */
  private static Object scalar(JsonParser parser, JsonToken value) throws IOException {
    switch (value) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
            ? BigDecimal.valueOf(parser.getLongValue()) : null;
      case VALUE_NUMBER_FLOAT:
        return JsonTree.inRange(parser.getText());
      default:
        return null;
    }
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
