package dev.pledge.cli.input;

import dev.pledge.customer.Activity;
import dev.pledge.input.JsonLinesReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every activity of an {@code --activities} file, held in memory by customer (about 300 bytes an
 * activity with a few fields), for commands that need a customer's levels at arbitrary instants.
 */
public final class ActivitiesFile {
  private final Map<String, List<Activity>> byCustomer;

  private ActivitiesFile(Map<String, List<Activity>> byCustomer) {
    this.byCustomer = byCustomer;
  }

  /**
   * Reads every line of {@code input}; a bad line is reported with its line number through
   * {@code lines} and skipped.
   */
  public static Read read(Input input, JsonLines lines) {
    Map<String, List<Activity>> byCustomer = new HashMap<>();
    JsonLines.Summary summary = lines.run(input, JsonLinesReader.activities(), (line, activity) -> {
      byCustomer.computeIfAbsent(activity.customer(), c -> new ArrayList<>()).add(activity);
      return List.of();
    });
    return new Read(new ActivitiesFile(byCustomer), summary);
  }

  /** What {@link #read} returns. */
  public record Read(ActivitiesFile activities, JsonLines.Summary summary) {}

  /** The customers with at least one activity, in no particular order. */
  public Iterable<String> customers() {
    return byCustomer.keySet();
  }

  /** The activities of {@code customer}, in file order; empty if none. */
  public List<Activity> of(String customer) {
    return byCustomer.getOrDefault(customer, List.of());
  }
}
