package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A metric's {@code where} filter, applied before an activity reaches the metric: the activity's
 * {@code kind} must be one of {@code kinds} (any kind but {@value Activity#SURVEY} when empty: a
 * customer's survey answer is counted only by a metric that asks for it), and for every entry of
 * {@code fields} the activity must have that field with one of the listed values. Numbers match
 * by value ({@code "2"} matches {@code 2.0}), booleans as {@code "true"} and {@code "false"}.
 * Immutable.
 *
 * @param kinds the accepted kinds; empty accepts every kind but {@value Activity#SURVEY}
 * @param fields field name to accepted values; every entry must match
 */
public record MetricFilter(Set<String> kinds, Map<String, Set<String>> fields) {
  private static final MetricFilter ANY = new MetricFilter(Set.of(), Map.of());

  /** Checks and copies the components; normalises numeric values. */
  public MetricFilter {
    java.util.Objects.requireNonNull(kinds, "kinds");
    java.util.Objects.requireNonNull(fields, "fields");
    kinds = Set.copyOf(kinds);
    Map<String, Set<String>> copy = new HashMap<>();
    fields.forEach((field, values) -> {
      Set<String> normal = new HashSet<>();
      for (String v : values) {
        normal.add(normalise(Objects.requireNonNull(v, "value")));
      }
      if (normal.isEmpty()) {
        throw new InvalidValueException(field, "where field '" + field + "' must list at least one value");
      }
      copy.put(Objects.requireNonNull(field, "field"), Set.copyOf(normal));
    });
    fields = Map.copyOf(copy);
  }

  /** Accepts every activity but a {@value Activity#SURVEY}. */
  public static MetricFilter any() {
    return ANY;
  }

  /** Accepts activities of the given kinds. */
  public static MetricFilter kinds(String... kinds) {
    java.util.Objects.requireNonNull(kinds, "kinds");
    return new MetricFilter(Set.of(kinds), Map.of());
  }

  /** A copy that also requires {@code field} to hold one of {@code values}. */
  public MetricFilter field(String field, List<String> values) {
    java.util.Objects.requireNonNull(field, "field");
    java.util.Objects.requireNonNull(values, "values");
    Map<String, Set<String>> copy = new HashMap<>(fields);
    copy.put(field, Set.copyOf(values));
    return new MetricFilter(kinds, copy);
  }

  /** Whether {@code activity} passes. */
  public boolean test(Activity activity) {
    java.util.Objects.requireNonNull(activity, "activity");
    if (kinds.isEmpty() ? activity.kind().equals(Activity.SURVEY) : !kinds.contains(activity.kind())) {
      return false;
    }
    if (fields.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, Set<String>> e : fields.entrySet()) {
      Object v = activity.fields().get(e.getKey());
      if (v == null || !e.getValue().contains(v instanceof BigDecimal d ? canonical(d) : v.toString())) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String value) {
    try {
      return canonical(new BigDecimal(value));
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  private static String canonical(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
