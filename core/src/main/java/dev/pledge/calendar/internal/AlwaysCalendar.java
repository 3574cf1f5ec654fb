package dev.pledge.calendar.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code 24x7} calendar: open at every instant, so working time is elapsed time. It keeps to
 * the same {@link SupportedRange} as every other calendar.
 */
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
    SupportedRange.check(name, "from", from);
    SupportedRange.check(name, "to", to);
    SupportedRange.checkSpan(name, from, to);
    return Duration.between(from, to);
  }

  @Override
  public Optional<Instant> tryAdd(Instant from, Duration amount) {
    checkArguments(from, amount);
    return SupportedRange.contains(from) ? Optional.ofNullable(plus(from, amount)) : Optional.empty();
  }

  @Override
  public Instant add(Instant from, Duration amount) {
    checkArguments(from, amount);
    SupportedRange.check(name, "from", from);
    Instant sum = plus(from, amount);
    if (sum == null) {
      throw new PledgeException("calendar \"" + name + "\" has not " + amount + " of working time "
          + SupportedRange.searched(from, SupportedRange.limitAfter(from)));
    }
    return sum;
  }

  private static void checkArguments(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "add: amount must not be negative, but was " + amount);
    }
  }

  /** {@code from + amount}, or null past the limit of a query from {@code from} (a supported instant). */
  private static Instant plus(Instant from, Duration amount) {
    // amount is at most the longest span first, so that from + amount stays on the time line;
    // no Duration.between, which pays for an exception past 292 years
    if (amount.compareTo(SupportedRange.LONGEST_SPAN) > 0) {
      return null;
    }
    Instant to = from.plus(amount);
    return to.isAfter(SupportedRange.limitAfter(from)) ? null : to;
  }

  @Override
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    SupportedRange.check(name, "at", at);
    return true;
  }

  @Override
  public Instant nextOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    return SupportedRange.check(name, "at", at);
  }

  @Override
  public Instant nextClose(Instant at) {
    Objects.requireNonNull(at, "at");
    SupportedRange.check(name, "at", at);
    throw new PledgeException(
        "calendar \"" + name + "\" is open at every instant and never closes");
  }
}
