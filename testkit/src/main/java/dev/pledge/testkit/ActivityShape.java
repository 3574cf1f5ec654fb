package dev.pledge.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the activities of one tier program look like, as far as its metrics care: the kinds they
 * filter on, the numeric fields they add up, the text fields they count distinct values of, and the
 * values their {@code where} filters accept. Read from a configuration by
 * {@link PledgeArbitraries#shape(String)}; build one by hand to generate other activities.
 *
 * @param kinds the activity kinds to generate; never empty
 * @param numberFields fields that carry amounts ({@code xp}, {@code amount}): generated as decimals,
 *     a few of them negative (refunds)
 * @param textFields fields that carry names ({@code destination}): generated from a small pool so
 *     values repeat
 * @param filterValues field to the values a metric's {@code where} accepts: generated from those
 *     values, or occasionally a value no filter accepts
 */
public record ActivityShape(List<String> kinds, List<String> numberFields, List<String> textFields,
    Map<String, List<String>> filterValues) {

  /** Checks and copies the components. */
  public ActivityShape {
    kinds = List.copyOf(Objects.requireNonNull(kinds, "kinds"));
    numberFields = List.copyOf(Objects.requireNonNull(numberFields, "numberFields"));
    textFields = List.copyOf(Objects.requireNonNull(textFields, "textFields"));
    filterValues = Map.copyOf(Objects.requireNonNull(filterValues, "filterValues"));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("an activity shape needs at least one kind");
    }
    filterValues.forEach((field, values) -> {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("filter field '" + field + "' needs at least one value");
      }
    });
  }
}
