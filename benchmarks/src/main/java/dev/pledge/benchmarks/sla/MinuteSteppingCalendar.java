package dev.pledge.benchmarks.sla;

import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The naive baseline: business-hours arithmetic by stepping one minute at a time and asking the
 * real calendar whether that minute is open. Correct for events on whole minutes; its cost grows
 * with the span, which is what the engine's calendar avoids.
 */
final class MinuteSteppingCalendar implements BusinessCalendar {
  private final BusinessCalendar hours;

  MinuteSteppingCalendar(BusinessCalendar hours) {
    this.hours = hours;
  }

  @Override
  public String name() {
    return hours.name() + "-by-minute";
  }

  @Override
  public ZoneId zone() {
    return hours.zone();
  }

  @Override
  public Duration between(Instant from, Instant to) {
    long minutes = 0;
    for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
      if (hours.isOpen(m)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  @Override
  public Instant add(Instant from, Duration amount) {
    long left = amount.toMinutes();
    Instant m = from;
    for (int guard = 0; left > 0 && guard < 10_000_000; guard++) {
      if (hours.isOpen(m)) {
        left--;
      }
      m = m.plusSeconds(60);
    }
    return m;
  }

  @Override
  public java.util.Optional<Instant> tryAdd(Instant from, Duration amount) {
    return java.util.Optional.of(add(from, amount));
  }

  @Override
  public boolean isOpen(Instant at) {
    return hours.isOpen(at);
  }

  @Override
  public Instant nextOpen(Instant at) {
    return hours.nextOpen(at);
  }

  @Override
  public Instant nextClose(Instant at) {
    return hours.nextClose(at);
  }
}
