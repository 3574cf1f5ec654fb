package dev.pledge.customer;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer together with the level they hold in each tier program: what promises and
 * escalations are chosen by. Immutable.
 *
 * @param customer the customer
 * @param levels program name to level id
 */
public record CustomerContext(Customer customer, Map<String, String> levels) {

  /** Checks and copies the components. */
  public CustomerContext {
    Objects.requireNonNull(customer, "customer");
    levels = Map.copyOf(Objects.requireNonNull(levels, "levels"));
  }

  /** A customer with no known levels. */
  public static CustomerContext of(Customer customer) {
    return new CustomerContext(customer, Map.of());
  }

  /** A copy with the level in {@code program} set. */
  public CustomerContext withLevel(String program, String level) {
    Map<String, String> copy = new java.util.HashMap<>(levels);
    copy.put(Objects.requireNonNull(program, "program"), Objects.requireNonNull(level, "level"));
    return new CustomerContext(customer, copy);
  }

  /** The level in {@code program}, if known. */
  public Optional<String> level(String program) {
    Objects.requireNonNull(program, "program");
    return Optional.ofNullable(levels.get(program));
  }
}
