package dev.pledge.tier.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the reserved membership events: {@code subscription}, {@code override}, {@code challenge},
 * {@code extension}.
 */
final class Membership {
  static final String SUBSCRIPTION = "subscription";
  static final String OVERRIDE = "override";
  static final String CHALLENGE = "challenge";
  static final String EXTENSION = "extension";
  /** The most reviews one extension may cover (a thousand years of yearly reviews). */
  private static final BigDecimal MOST_REVIEWS = BigDecimal.valueOf(1000);
  private static final Set<String> KINDS = Set.of(SUBSCRIPTION, OVERRIDE, CHALLENGE, EXTENSION);

  private Membership() {}

  /** Whether {@code a} is a membership event (of any program). */
  static boolean isMembership(Activity a) {
    return KINDS.contains(a.kind());
  }

  /**
   * Whether membership event {@code a} is for {@code program}.
   *
   * @throws InvalidValueException if it has no {@code program} field
   */
  static boolean isFor(Activity a, TierProgram program) {
    return program.name().equals(field(a, "program"));
  }

  /** The rank of the event's {@code level} in the program; throws naming the known levels. */
  static int level(Activity a, TierProgram program) {
    String level = field(a, "level");
    return program.rank(level).orElseThrow(() -> fail(a, "level", "level '" + level + "' is not a level of program '"
        + program.name() + "'; levels: " + program.levels().stream().map(l -> l.id()).toList()));
  }

  /**
   * The exclusive end of a grant: a date {@code "2026-12-31"} is the last day it holds, in the
   * program's zone; an instant {@code "2026-12-31T12:00:00Z"} is the instant it ends.
   */
  static Instant until(Activity a, PeriodClock clock) {
    return instant(a, "until", field(a, "until"), clock, 1);
  }

  /**
   * When a subscription takes effect, if it says: a date {@code "2026-03-01"} is the midnight
   * starting that day, in the program's zone; an instant is that instant.
   */
  static Optional<Instant> from(Activity a, PeriodClock clock) {
    return a.text("from").map(text -> instant(a, "from", text, clock, 0));
  }

  /** A date (the midnight starting the day {@code dayShift} days after it) or an instant. */
  private static Instant instant(Activity a, String name, String text, PeriodClock clock, int dayShift) {
    try {
      if (text.length() == 10) {
        return clock.midnight(LocalDate.parse(text).plusDays(dayShift));
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(a, name, name + " must be a date (2026-12-31) or an instant (2026-12-31T12:00:00Z), but was '"
          + text + "'");
    }
  }

  /**
   * An extension's {@code reviews}: how many reviews it keeps the earned level at.
   *
   * @throws InvalidValueException if it is missing or not a whole number of at least 1
   */
  static int reviews(Activity a) {
    String text = field(a, "reviews");
    BigDecimal n = a.number("reviews").orElse(null);
    if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
      throw fail(a, "reviews", "reviews must be a whole number >= 1, but was " + (n == null ? "\"" + text + "\"" : text));
    }
    if (n.compareTo(MOST_REVIEWS) > 0) {
      throw fail(a, "reviews", "reviews must be at most " + MOST_REVIEWS + ", but was " + text);
    }
    return n.intValueExact();
  }

  /** The override's free-text reason, if given. */
  static Optional<String> note(Activity a) {
    return a.text("reason");
  }

  /** A required text field. */
  static String field(Activity a, String name) {
    return a.text(name).orElseThrow(() -> fail(a, name, "a " + a.kind() + " event needs a '" + name + "' field"));
  }

  /** A bad membership event: {@code field} names the event's offending field. */
  static InvalidValueException fail(Activity a, String field, String message) {
    return new InvalidValueException(field, a.kind() + " of customer " + a.customer() + " at " + a.at()
        + a.id().map(id -> " (id " + id + ")").orElse("") + ": " + message);
  }
}
