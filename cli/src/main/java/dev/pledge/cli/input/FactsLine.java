package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Facts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One line of {@code pledge rules} input, bound strictly from JSON: every field is optional,
 * unknown fields are errors, a {@code null} field reads as absent, a {@code null} inside a list
 * or map is an error.
 *
 * @param customer the customer
 * @param levels the customer's level per program ({@code {"status":"gold"}})
 * @param channel the case's channel
 * @param priority the case's priority
 * @param tags the case's tags
 * @param caseAttributes the case's attributes
 * @param metrics metric values by name
 * @param asOf the evaluation instant, ISO-8601 ({@code 2026-03-01T00:00:00Z})
 */
public record FactsLine(CustomerLine customer, Map<String, String> levels, String channel, String priority,
    List<String> tags, Map<String, String> caseAttributes, Map<String, BigDecimal> metrics,
    String asOf) {

  /**
   * The customer part of a facts line.
   *
   * @param id the customer's id, required
   * @param joined the date the customer joined, ISO ({@code 2020-01-01})
   * @param segments the customer's segments
   * @param attributes the customer's attributes
   */
  record CustomerLine(String id, String joined, List<String> segments, Map<String, String> attributes) {

    Customer toCustomer() {
      if (id == null) {
        throw new PledgeException("/customer/id: required when a customer is given");
      }
      if (id.isBlank()) {
        throw new PledgeException("/customer/id: must not be blank");
      }
      return new Customer(id,
          Optional.ofNullable(joined).map(v -> parse(v, LocalDate::parse, "/customer/joined",
              "an ISO date such as 2020-01-01")),
          segments == null ? Set.of() : Set.copyOf(segments),
          attributes == null ? Map.of() : attributes);
    }
  }

  /**
   * The facts this line describes.
   *
   * @throws PledgeException naming the field if a value is not valid
   */
  public Facts toFacts() {
    Facts.Builder b = Facts.builder();
    if (customer != null) {
      b.customer(customer.toCustomer());
    }
    if (levels != null) {
      b.levels(levels);
    }
    if (channel != null) {
      b.channel(channel);
    }
    if (priority != null) {
      b.priority(priority);
    }
    if (tags != null) {
      b.tags(Set.copyOf(tags));
    }
    if (caseAttributes != null) {
      b.caseAttributes(caseAttributes);
    }
    if (metrics != null) {
      metrics.forEach(b::metric);
    }
    if (asOf != null) {
      b.asOf(parse(asOf, Instant::parse, "/asOf", "an ISO-8601 instant such as 2026-03-01T00:00:00Z"));
    }
    return b.build();
  }

  private static <T> T parse(String text, Function<String, T> parser, String pointer, String expected) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new PledgeException(pointer + ": expected " + expected + ", but was \"" + text + "\"", e);
    }
  }
}
