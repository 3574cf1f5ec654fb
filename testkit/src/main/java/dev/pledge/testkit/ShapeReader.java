package dev.pledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a program's {@link ActivityShape} from its JSON: {@code where} kinds and field values, the
 * field of every {@code sum} (a number), and every other text parameter of a metric (a field name
 * whose values are counted, as {@code distinct} does).
 */
final class ShapeReader {
  private ShapeReader() {}

  static ActivityShape read(JsonNode program) {
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> texts = new LinkedHashSet<>();
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    boolean anyKind = false;
    for (JsonNode metric : program.path("metrics")) {
      JsonNode where = metric.path("where");
      if (where.path("kind").isArray()) {
        where.path("kind").forEach(k -> kinds.add(k.asText()));
      } else {
        anyKind = true;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = where.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("kind")) {
          e.getValue().forEach(v -> filters.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(v.asText()));
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = metric.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (key.equals("type") || key.equals("where") || !e.getValue().isTextual()) {
          continue;
        }
        (key.equals("sum") ? numbers : texts).add(e.getValue().textValue());
      }
    }
    if (anyKind || kinds.isEmpty()) {
      kinds.add("purchase");
    }
    texts.removeAll(numbers);
    Map<String, List<String>> filterValues = new LinkedHashMap<>();
    filters.forEach((field, values) -> filterValues.put(field, new ArrayList<>(values)));
    return new ActivityShape(new ArrayList<>(kinds), new ArrayList<>(numbers), new ArrayList<>(texts), filterValues);
  }
}
