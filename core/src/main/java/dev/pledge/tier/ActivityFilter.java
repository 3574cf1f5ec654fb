package dev.pledge.tier;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which activities a metric counts: for each named field (or {@code kind}), the values allowed.
 * An activity passes when every named field has one of its allowed values; numbers compare in
 * plain notation ({@code 10}, {@code 2.5}). The empty filter passes everything. Immutable.
 *
 * @param allowed field name to allowed values; {@code kind} names the activity's kind
 */
public record ActivityFilter(Map<String, Set<String>> allowed) {
  /** The filter that passes every activity. */
  public static final ActivityFilter ALL = new ActivityFilter(Map.of());

  /** Checks and copies the components. */
  public ActivityFilter {
    Objects.requireNonNull(allowed, "allowed");
    Map<String, Set<String>> copy = new java.util.HashMap<>();
    allowed.forEach((field, values) -> {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("the values allowed for '" + field + "' must not be empty");
      }
      copy.put(field, Set.copyOf(values));
    });
    allowed = Map.copyOf(copy);
  }

  /** A filter on the activity's kind only. */
  public static ActivityFilter kinds(Set<String> kinds) {
    return new ActivityFilter(Map.of("kind", kinds));
  }

  /** Whether {@code activity} passes. */
  public boolean test(Activity activity) {
    for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
      String value = e.getKey().equals("kind") ? activity.kind() : activity.text(e.getKey()).orElse(null);
      if (value == null || !e.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }
}
