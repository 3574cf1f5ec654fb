package dev.pledge.input.internal;

import dev.pledge.PledgeException;
import dev.pledge.internal.JsonWords;
import dev.pledge.internal.TimeRanges;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a customers file, bound strictly from JSON:
 * {@code {"customer":"c1","joined":"2020-01-01","segments":["b2b"],"attributes":{"country":"PL"},
 * "tiers":{"status":"gold"}}}. Only {@code customer} is required.
 *
 * @param customer the customer's id
 * @param joined the date the customer joined, ISO ({@code 2020-01-01})
 * @param segments the customer's segments
 * @param attributes the customer's attributes
 * @param tiers the customer's level per program, as known to the shop
 */
public record CustomerLine(String customer, String joined, List<String> segments,
    Map<String, String> attributes, Map<String, String> tiers) {

  /**
   * The customer and the levels this line gives.
   *
   * @throws PledgeException naming the field if a value is missing or not valid
   */
  public CustomerContext toContext() {
    if (customer == null) {
      throw new PledgeException("/customer: required");
    }
    if (customer.isBlank()) {
      throw new PledgeException("/customer: must not be blank");
    }
    Optional<LocalDate> date = Optional.empty();
    if (joined != null) {
      date = TimeRanges.date(joined);
      if (date.isEmpty()) {
        throw new PledgeException("/joined: expected an ISO date such as 2020-01-01, " + TimeRanges.YEARS
            + ", but was " + JsonWords.quote(joined));
      }
    }
    Customer c = new Customer(customer, date, segments == null ? Set.of() : Set.copyOf(segments),
        attributes == null ? Map.of() : attributes);
    return new CustomerContext(c, tiers == null ? Map.of() : tiers);
  }
}
