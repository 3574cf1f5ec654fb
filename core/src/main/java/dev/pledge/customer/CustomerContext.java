package dev.pledge.customer;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a case is for: the customer and the level they hold in each tier program, as known when the
 * case is evaluated. Immutable.
 *
 * @param customer the customer
 * @param levels the customer's level per program ({@code "status" -> "gold"}); a program missing
 *     here is unknown, and a condition on it is false
 */
public record CustomerContext(Customer customer, Map<String, String> levels) {

  /** Checks and copies the components. */
  public CustomerContext {
    Objects.requireNonNull(customer, "customer");
    levels = Map.copyOf(Objects.requireNonNull(levels, "levels"));
  }

  /** A context with no known levels. */
  public static CustomerContext of(Customer customer) {
    return new CustomerContext(customer, Map.of());
  }

  /** A copy that also holds {@code level} in {@code program}. */
  public CustomerContext withLevel(String program, String level) {
    Map<String, String> copy = new java.util.HashMap<>(levels);
    copy.put(Objects.requireNonNull(program, "program"), Objects.requireNonNull(level, "level"));
    return new CustomerContext(customer, copy);
  }

  /** The customer's level in {@code program}, if known. */
  public Optional<String> level(String program) {
    return Optional.ofNullable(levels.get(program));
  }
}
