package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code compensate} action: an activity credited to a tier program when a step falls due
 * ("a broken promise is paid back in loyalty").
 *
 * @param program the tier program the activity is meant for
 * @param kind the activity's kind ({@code goodwill})
 * @param fields the activity's free fields, each a {@link BigDecimal}, {@link String} or
 *     {@link Boolean} ({@code xp -> 10})
 */
public record Compensation(String program, String kind, Map<String, Object> fields) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidValueException if a name is blank, a field has another type, or a field is
   *     called {@code customer}, {@code at}, {@code kind} or {@code id} (the engine sets those)
   */
  public Compensation {
    requireText(program, "program");
    requireText(kind, "kind");
    fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (Map.of("customer", 1, "at", 1, "kind", 1, "id", 1).containsKey(e.getKey())) {
        throw new InvalidValueException(e.getKey(), "compensation field \"" + e.getKey()
            + "\" is set by the engine and cannot be given");
      }
      Object v = e.getValue();
      if (!(v instanceof BigDecimal || v instanceof String || v instanceof Boolean)) {
        throw new InvalidValueException(e.getKey(), "compensation field \"" + e.getKey()
            + "\" must be a BigDecimal, String or Boolean, but was " + v.getClass().getName());
      }
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new InvalidValueException(name, name + " must not be blank");
    }
  }
}
