package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customers a command was given with {@code --customers} (read by
 * {@link JsonLinesReader#customers()}) by id, in
 * file order. Held in memory (a few hundred bytes a customer). A customer not in the file is known
 * by its id only, with no levels.
 */
public final class CustomersFile {
  private final Map<String, CustomerContext> byId;

  private CustomersFile(Map<String, CustomerContext> byId) {
    this.byId = byId;
  }

  /** No customers file: every customer is known by its id only. */
  public static CustomersFile none() {
    return new CustomersFile(Map.of());
  }

  /**
   * Reads every line of {@code input}; a bad line or a repeated id is reported with its line
   * number through {@code lines} and skipped.
   *
   * @return the customers and the summary of the reading
   */
  public static Read read(Input input, JsonLines lines) {
    Map<String, CustomerContext> byId = new LinkedHashMap<>();
    Map<String, Long> lineOf = new LinkedHashMap<>();
    JsonLines.Summary summary = lines.run(input, JsonLinesReader.customers(), (line, context) -> {
      String id = context.customer().id();
      Long first = lineOf.putIfAbsent(id, line);
      if (first != null) {
        throw new PledgeException("customer \"" + id + "\" is already given on line " + first);
      }
      byId.put(id, context);
      return List.of();
    });
    return new Read(new CustomersFile(byId), summary);
  }

  /** What {@link #read} returns. */
  public record Read(CustomersFile customers, JsonLines.Summary summary) {}

  /** The customer with {@code id} and its levels from the file, or the id alone with no levels. */
  public CustomerContext context(String id) {
    Objects.requireNonNull(id, "id");
    CustomerContext known = byId.get(id);
    return known != null ? known : CustomerContext.of(Customer.of(id));
  }

  /** The customer with {@code id}, or the id alone. */
  public Customer customer(String id) {
    return context(id).customer();
  }

  /** Whether the file gives {@code id}. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The ids in file order. */
  public Iterable<String> ids() {
    return byId.keySet();
  }
}
