package dev.pledge.measure;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The cases opened in a period, and how that compares.
 *
 * @param opened the cases opened
 * @param byChannel those by the channel they were opened on, by name
 * @param byTag those by tag (a case with two tags counts under both), by name
 * @param byPolicy those under a promise by the policy that holds them at {@code asOf}
 * @param unpromised those under no promise
 * @param change the change from the previous period, in percent; empty for the first period and
 *     after a period with none opened
 * @param perThousandActive cases opened per 1,000 customers active at the period's end; empty
 *     when none was
 */
public record Requests(long opened, Map<String, Long> byChannel, Map<String, Long> byTag,
    Map<String, Long> byPolicy, long unpromised, OptionalDouble change, OptionalDouble perThousandActive) {

  /** Checks and copies the components (maps keep their order). */
  public Requests {
    byChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(byChannel, "byChannel")));
    byTag = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(byTag, "byTag")));
    byPolicy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(byPolicy, "byPolicy")));
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(perThousandActive, "perThousandActive");
  }
}
