package dev.pledge.measure;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every figure of one period, overall or for the customers who held one level at its start.
 *
 * @param period the period's name: {@code 2026-W09}, {@code 2026-03} or {@code 2026-Q1}
 * @param start the period's first instant
 * @param end the instant after the period; for the period that holds {@code asOf}, still its end
 *     (the figures stop at {@code asOf})
 * @param level the level, or empty for the overall figures
 * @param csat the ratings given in the period
 * @param csatByChannel the same by the channel the case was opened on
 * @param csatByPolicy the same by the policy of the case (promised cases only)
 * @param nps the answers given in the period
 * @param customers active, new, repeat and churned customers
 * @param requests the cases opened in the period
 */
public record PeriodFigures(String period, Instant start, Instant end, Optional<String> level, Csat csat,
    Map<String, Csat> csatByChannel, Map<String, Csat> csatByPolicy, Nps nps, CustomerFigures customers,
    Requests requests) {

  /** Checks and copies the components (maps keep their order). */
  public PeriodFigures {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(csat, "csat");
    csatByChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(csatByChannel, "csatByChannel")));
    csatByPolicy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(csatByPolicy, "csatByPolicy")));
    Objects.requireNonNull(nps, "nps");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(requests, "requests");
  }
}
