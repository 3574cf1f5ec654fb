package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import dev.pledge.plan.Demand;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One line of a {@code pledge staff --forecast} file, bound strictly from JSON:
 * {@code {"from": "2026-11-27T08:00:00Z", "to": "2026-11-27T08:30:00Z", "cases": 120}}. Every
 * field is required; unknown fields are errors.
 *
 * @param from the interval's first instant, ISO-8601 with an offset
 * @param to the instant after the interval, after {@code from}
 * @param cases the cases expected to open in the interval, a number of zero or more (it may have a
 *     fraction)
 */
public record ForecastLine(String from, String to, BigDecimal cases) {

  /**
   * The interval this line describes.
   *
   * @throws PledgeException naming the field if a value is missing or not valid
   */
  public Demand toDemand() {
    Instant start = instant(from, "from");
    Instant end = instant(to, "to");
    if (!end.isAfter(start)) {
      throw new PledgeException("/to: expected an instant after /from (" + from + "), but was \"" + to + "\"");
    }
    if (cases == null) {
      throw new PledgeException("/cases: required");
    }
    if (cases.signum() < 0) {
      throw new PledgeException("/cases: expected zero or more cases, but was " + cases.toPlainString());
    }
    return new Demand(start, end, cases.doubleValue());
  }

  private static Instant instant(String text, String field) {
    if (text == null) {
      throw new PledgeException("/" + field + ": required");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new PledgeException("/" + field + ": expected an ISO-8601 instant such as 2026-11-27T08:00:00Z, but was \""
          + text + "\"", e);
    }
  }
}
