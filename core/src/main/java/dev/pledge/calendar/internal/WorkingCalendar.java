package dev.pledge.calendar.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar of weekly hours, dated hours and holidays. Each query finds its blocks by division,
 * its position in a block by binary search, and whole years by the cumulative sums of the
 * {@link Timeline}: the cost does not grow with the span.
 */
public final class WorkingCalendar implements BusinessCalendar {

  private static final long NANOS = 1_000_000_000L;

  private final String name;
  private final Schedule schedule;
  private final Timeline timeline;

  /** A calendar called {@code name} over a checked {@code schedule}. */
  public WorkingCalendar(String name, Schedule schedule) {
    this.name = Objects.requireNonNull(name, "name");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.timeline = new Timeline(name, schedule);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ZoneId zone() {
    return schedule.zone();
  }

  @Override
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new InvalidValueException("from",
          "between: from must not be after to, but from was " + from + " and to was " + to);
    }
    long a = timeline.indexOf(from);
    long b = timeline.indexOf(to);
    Timeline.Window w = timeline.covering(a, b);
    long nanosFrom = w.block(a).nanosBefore(from.getEpochSecond(), from.getNano());
    long nanosTo = w.block(b).nanosBefore(to.getEpochSecond(), to.getNano());
    return Duration.ofSeconds(w.secondsBefore(b) - w.secondsBefore(a), nanosTo - nanosFrom);
  }

  @Override
  public Instant add(Instant from, Duration amount) {
    return add(from, amount, true);
  }

  @Override
  public Optional<Instant> tryAdd(Instant from, Duration amount) {
    return Optional.ofNullable(add(from, amount, false));
  }

  /**
   * {@link #add}; when the calendar has not {@code amount} of working time after {@code from} in
   * the supported range, throws a precise {@link PledgeException} if {@code strict}, else returns null.
   */
  private Instant add(Instant from, Duration amount, boolean strict) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "add: amount must not be negative, but was " + amount);
    }
    if (amount.isZero()) {
      return from;
    }
    if (amount.getSeconds() >= Timeline.MAX_BLOCKS * Block.SECONDS) {
      if (!strict) {
        return null;
      }
      throw new PledgeException(
          "calendar \"" + name + "\": cannot add " + amount + ", more than "
              + Timeline.MAX_BLOCKS + " years");
    }
    if (!strict && !timeline.supports(from)) {
      return null;
    }
    long k = timeline.indexOf(from);
    long inBlock =
        timeline.covering(k, k).block(k).nanosBefore(from.getEpochSecond(), from.getNano());
    // The target lies amount after from's position; search for the first interval whose end
    // is at or past it, that is, strictly past it minus one nanosecond.
    long nanos = inBlock + amount.getNano() - 1;
    long seconds = amount.getSeconds() + Math.floorDiv(nanos, NANOS);
    Located at = locate(k, seconds, Math.floorMod(nanos, NANOS), from, strict);
    if (at == null) {
      return null;
    }
    Block block = at.block;
    return Instant.ofEpochSecond(
        block.starts[at.interval], at.nanosInBlock + 1 - block.nanosBeforeInterval(at.interval));
  }

  @Override
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf(at);
    return timeline.covering(k, k).block(k).isOpen(at.getEpochSecond());
  }

  @Override
  public Instant nextOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf(at);
    Block block = timeline.covering(k, k).block(k);
    if (block.isOpen(at.getEpochSecond())) {
      return at;
    }
    long inBlock = block.nanosBefore(at.getEpochSecond(), at.getNano());
    Located next = locate(k, inBlock / NANOS, 0, at, true);
    return Instant.ofEpochSecond(next.block.starts[next.interval]);
  }

  @Override
  public Instant nextClose(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf(at);
    Block block = timeline.covering(k, k).block(k);
    int i = block.floor(at.getEpochSecond());
    if (i < 0 || at.getEpochSecond() >= block.ends[i]) {
      return at;
    }
    long end = block.ends[i];
    // Only an interval that runs to the end of its block can continue in the next one.
    for (long next = k + 1; end == block.end() && next - k < Timeline.MAX_BLOCKS; next++) {
      block = timeline.covering(next, next).block(next);
      if (block.starts.length == 0 || block.starts[0] != end) {
        return Instant.ofEpochSecond(end);
      }
      end = block.ends[0];
    }
    if (end == block.end()) {
      throw new PledgeException(
          "calendar \"" + name + "\" does not close within " + Timeline.MAX_BLOCKS
              + " years after " + at);
    }
    return Instant.ofEpochSecond(end);
  }

  /**
   * The first interval, at or after block {@code k}, that ends more than {@code seconds} plus
   * {@code nano} working time after the start of block {@code k}; grows the timeline as needed.
   * When there is none, throws if {@code strict}, else returns null.
   */
  private Located locate(long k, long seconds, long nano, Instant from, boolean strict) {
    long lastUseful = lastUsefulBlock(from, strict);
    if (lastUseful == NO_BLOCK) {
      return null;
    }
    long hi = k;
    while (true) {
      Timeline.Window w = timeline.covering(k, hi);
      long target = w.secondsBefore(k) + seconds;
      long j = w.firstBlockEndingAfter(k, target);
      if (j >= 0) {
        Block block = w.block(j);
        long inBlock = (target - w.secondsBefore(j)) * NANOS + nano;
        return new Located(block, block.firstEndingAfter(inBlock), inBlock);
      }
      if (hi >= lastUseful || hi - k + 1 >= Timeline.MAX_BLOCKS) {
        if (!strict) {
          return null;
        }
        throw new PledgeException(
            "calendar \"" + name + "\" has not enough working time after " + from
                + (hi >= lastUseful ? "" : " within " + Timeline.MAX_BLOCKS + " years"));
      }
      long span = hi - k + 1;
      long worked = w.secondsBefore(hi + 1) - w.secondsBefore(k);
      // Jump by the blocks the remaining time needs at the average rate so far, or double.
      long remaining = target - w.secondsBefore(hi + 1);
      long step = worked > 0 ? remaining / (worked / span + 1) + 1 : span;
      hi = Math.min(Math.min(lastUseful, k + Timeline.MAX_BLOCKS - 1), hi + step);
    }
  }

  /**
   * The last block that can hold working time: unbounded with weekly hours. A calendar with no
   * working time at all has none: throws if {@code strict}, else returns {@link #NO_BLOCK}.
   */
  private long lastUsefulBlock(Instant from, boolean strict) {
    if (schedule.hasWeeklyHours()) {
      return Long.MAX_VALUE;
    }
    if (!strict && schedule.lastDatedWorkDay().isEmpty()) {
      return NO_BLOCK;
    }
    LocalDate last =
        schedule
            .lastDatedWorkDay()
            .orElseThrow(
                () ->
                    new PledgeException(
                        "calendar \"" + name + "\" has no working time at all, so nothing can"
                            + " be added to " + from));
    return Block.indexOf(last.plusDays(3).toEpochDay() * 86_400);
  }

  /** No block: see {@link #lastUsefulBlock}. */
  private static final long NO_BLOCK = Long.MIN_VALUE;

  private record Located(Block block, int interval, long nanosInBlock) {}
}
