package dev.pledge.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import java.io.UncheckedIOException;
import java.util.List;

/** A small valid document and edits of it, for tests of the loader's problems. */
final class ConfigFixture {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String BASE = """
      {"pledge": 1, "zone": "Europe/Warsaw",
       "calendars": {"office": {"week": {"mon": ["08:00-18:00"], "tue": ["08:00-18:00"]}},
                     "always": {"type": "24x7"}},
       "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}, "n": {"count": true}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 200}}],
          "validity": "next-period",
          "downgrade": {"mode": "soft-landing", "maxDrop": 1},
          "rollover": {"metric": "xp", "max": 50},
          "challenges": {"gold": {"days": 90, "qualify": {"type": "metric", "metric": "xp", "atLeast": 60}}}}},
       "servicePolicies": [
          {"id": "gold", "when": {"type": "tier-at-least", "program": "status", "level": "gold"},
           "calendar": "office", "targets": {"first-response": "PT1H"}, "objective": 0.95},
          {"id": "rest", "calendar": "always", "targets": {"resolution": "P3D"}, "objective": 0.9}],
       "escalation": {"lines": [{"level": 1, "name": "front"}],
          "entry": [{"line": 1}],
          "steps": [{"id": "warn", "when": {"type": "elapsed", "metric": "resolution", "atLeast": 0.75},
                     "then": {"notify": ["assignee"]}}]},
       "ruleSets": {"routing": {"mode": "first", "rules": [
          {"id": "vip", "when": {"type": "channel", "in": ["phone"]}, "then": {"queue": "vip"}},
          {"id": "rest", "then": {"queue": "general"}}]}}}
      """;

  private ConfigFixture() {}

  static ObjectNode base() {
    try {
      return (ObjectNode) JSON.readTree(BASE);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base document with the value at {@code pointer} replaced by {@code json} (or removed if null). */
  static String edit(String pointer, String json) {
    return edit(base(), pointer, json);
  }

  /** {@code document} with the value at {@code pointer} replaced by {@code json} (or removed if null). */
  static String edit(String document, String pointer, String json) {
    try {
      return edit((ObjectNode) JSON.readTree(document), pointer, json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String edit(ObjectNode root, String pointer, String json) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    JsonNode value = null;
    if (json != null) {
      try {
        value = JSON.readTree(json);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (parent instanceof ObjectNode o) {
      if (value == null) {
        o.remove(last);
      } else {
        o.set(last, value);
      }
    } else if (parent instanceof ArrayNode a) {
      int i = Integer.parseInt(last);
      if (value == null) {
        a.remove(i);
      } else if (i == a.size()) {
        a.add(value);
      } else {
        a.set(i, value);
      }
    } else {
      throw new IllegalArgumentException("no container at " + p.head());
    }
    return root.toPrettyString();
  }

  /** The problems of loading {@code json}; fails if it loads. */
  static List<Problem> problems(String json) {
    try {
      Pledge.builder().loadJson(json, "test.json");
    } catch (ConfigException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ConfigException for:\n" + json);
  }
}
