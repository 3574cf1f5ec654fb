package dev.pledge.customer;

import dev.pledge.InvalidValueException;
import dev.pledge.internal.JsonWords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a customer did that tier programs count: a flight, a purchase, a refund, or one of
 * the membership events ({@code subscription}, {@code override}, {@code challenge}). Free fields
 * hold numbers as exact {@link BigDecimal}s, strings or booleans. Immutable.
 *
 * <p>An activity of kind {@value #SURVEY} is a customer's answer to "would you recommend us": its
 * {@code nps} field, when present, must be a whole number from 0 to 10 ({@code 9} and {@code 9.0}
 * alike). A tier metric counts surveys only if its filter asks for the kind
 * ({@link dev.pledge.tier.MetricFilter}).
 *
 * @param customer the customer's id
 * @param at when it happened
 * @param kind what it was ({@code flight}, {@code purchase}, {@code goodwill})
 * @param id an id that makes a repeated activity count once, if given
 * @param fields the free fields, each a {@link BigDecimal}, {@link String} or {@link Boolean}
 */
public record Activity(String customer, Instant at, String kind, Optional<String> id,
    Map<String, Object> fields) {
  /** The kind of a customer's survey answer, whose {@code nps} field is a whole number from 0 to 10. */
  public static final String SURVEY = "survey";
  private static final String NPS = "nps";
  private static final BigDecimal MOST_NPS = BigDecimal.TEN;

  /**
   * Checks and copies the components.
   *
   * @throws InvalidValueException if a field is not a {@link BigDecimal}, {@link String} or
   *     {@link Boolean}, or the activity is a {@value #SURVEY} whose {@code nps} is not a whole
   *     number from 0 to 10
   */
  public Activity {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Object v = e.getValue();
      if (!(v instanceof BigDecimal || v instanceof String || v instanceof Boolean)) {
        throw new InvalidValueException(e.getKey(), "field '" + e.getKey()
            + "' must be a BigDecimal, String or Boolean, but was " + v.getClass().getName());
      }
    }
    if (kind.equals(SURVEY) && fields.containsKey(NPS)) {
      checkNps(fields.get(NPS));
    }
  }

  private static void checkNps(Object nps) {
    if (nps instanceof BigDecimal d && d.signum() >= 0 && d.compareTo(MOST_NPS) <= 0
        && d.stripTrailingZeros().scale() <= 0) {
      return;
    }
    String shown = nps instanceof String text ? JsonWords.quote(text) : nps.toString();
    String expected = "a whole number from 0 to " + MOST_NPS + ", but was " + shown;
    throw new InvalidValueException(NPS, "nps of a survey must be " + expected, "expected " + expected);
  }

  /** An activity with no id and no fields. */
  public static Activity of(String customer, Instant at, String kind) {
    return new Activity(customer, at, kind, Optional.empty(), Map.of());
  }

  /** A copy with {@code field} set to {@code value} (a number, string or boolean). */
  public Activity with(String field, Object value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Map<String, Object> copy = new java.util.HashMap<>(fields);
    copy.put(field,
        value instanceof Number n && !(value instanceof BigDecimal) ? new BigDecimal(n.toString()) : value);
    return new Activity(customer, at, kind, id, copy);
  }

  /** A copy with the given id. */
  public Activity withId(String newId) {
    Objects.requireNonNull(newId, "newId");
    return new Activity(customer, at, kind, Optional.of(newId), fields);
  }

  /** A numeric field, if present and a number. */
  public Optional<BigDecimal> number(String field) {
    Objects.requireNonNull(field, "field");
    return fields.get(field) instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
  }

  /** A field as text (numbers in plain notation without trailing zeros), if present. */
  public Optional<String> text(String field) {
    Objects.requireNonNull(field, "field");
    Object v = fields.get(field);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString());
  }
}
