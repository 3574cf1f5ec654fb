package dev.pledge.customer;

import dev.pledge.InvalidValueException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer as Pledge sees it: an id, when they joined, the segments they belong to and free
 * attributes. Immutable.
 *
 * @param id the customer's id, never blank
 * @param joined the date the customer joined, if known (membership years count from it)
 * @param segments named groups the customer belongs to ({@code "b2b"}, {@code "students"})
 * @param attributes free string attributes ({@code "country" -> "PL"})
 */
public record Customer(String id, Optional<LocalDate> joined, Set<String> segments,
    Map<String, String> attributes) {

  /** Checks and copies the components. */
  public Customer {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidValueException("id", "customer id must not be blank");
    }
    Objects.requireNonNull(joined, "joined");
    segments = Set.copyOf(Objects.requireNonNull(segments, "segments"));
    attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
  }

  /** A customer with only an id. */
  public static Customer of(String id) {
    return new Customer(id, Optional.empty(), Set.of(), Map.of());
  }

  /** A copy that joined on {@code date}. */
  public Customer withJoined(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Customer(id, Optional.of(date), segments, attributes);
  }

  /** A copy in the given segments. */
  public Customer withSegments(Set<String> newSegments) {
    Objects.requireNonNull(newSegments, "newSegments");
    return new Customer(id, joined, newSegments, attributes);
  }

  /** A copy with the given attributes. */
  public Customer withAttributes(Map<String, String> newAttributes) {
    Objects.requireNonNull(newAttributes, "newAttributes");
    return new Customer(id, joined, segments, newAttributes);
  }
}
