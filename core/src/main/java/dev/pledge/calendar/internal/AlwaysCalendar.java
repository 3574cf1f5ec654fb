package dev.pledge.calendar.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** The {@code 24x7} calendar: open at every instant, so working time is elapsed time. */
public final class AlwaysCalendar implements BusinessCalendar {

  private final String name;

  /** A calendar called {@code name} that never closes. */
  public AlwaysCalendar(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public String name() {
    return name;
  }

  /** UTC: the zone does not matter to a calendar that is always open. */
  @Override
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new InvalidValueException("from",
          "between: from must not be after to, but from was " + from + " and to was " + to);
    }
    return Duration.between(from, to);
  }

  @Override
  public Optional<Instant> tryAdd(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "add: amount must not be negative, but was " + amount);
    }
    // Instant.plus fails beyond Instant.MAX; compare first so nothing is thrown.
    return amount.compareTo(Duration.between(from, Instant.MAX)) > 0
        ? Optional.empty() : Optional.of(from.plus(amount));
  }

  @Override
  public Instant add(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "add: amount must not be negative, but was " + amount);
    }
    try {
      return from.plus(amount);
    } catch (DateTimeException | ArithmeticException e) {
      throw new PledgeException(
          "calendar \"" + name + "\": cannot add " + amount + " to " + from, e);
    }
  }

  @Override
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    return true;
  }

  @Override
  public Instant nextOpen(Instant at) {
    return Objects.requireNonNull(at, "at");
  }

  @Override
  public Instant nextClose(Instant at) {
    Objects.requireNonNull(at, "at");
    throw new PledgeException(
        "calendar \"" + name + "\" is open at every instant and never closes");
  }
}
