package dev.pledge.calendar.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import dev.pledge.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
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
    long a = timeline.indexOf("from", from);
    long b = timeline.indexOf("to", to);
    SupportedRange.checkSpan(name, from, to);
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
   * {@link #add}; when {@code from} is outside the supported range, or the calendar has not {@code
   * amount} of working time between {@code from} and its {@link SupportedRange#limitAfter limit},
   * throws a precise {@link PledgeException} if {@code strict}, else returns null.
   */
  private Instant add(Instant from, Duration amount, boolean strict) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", "add: amount must not be negative, but was " + amount);
    }
    if (!strict && !SupportedRange.contains(from)) {
      return null;
    }
    long k = timeline.indexOf("from", from);
    if (amount.isZero()) {
      return from;
    }
    Instant limit = SupportedRange.limitAfter(from);
    // Working time never runs faster than the clock: a longer amount cannot be found in time.
    Instant found = amount.compareTo(SupportedRange.LONGEST_SPAN) > 0 ? null : search(k, from, amount, limit);
    if (found != null || !strict) {
      return found;
    }
    if (!schedule.hasWeeklyHours() && schedule.lastDatedWorkDay().isEmpty()) {
      throw new PledgeException(
          "calendar \"" + name + "\" has no working time at all, so nothing can be added to " + from);
    }
    if (ranOutBefore(limit)) {
      throw new PledgeException("calendar \"" + name + "\" has not enough working time after " + from);
    }
    throw new PledgeException(
        "calendar \"" + name + "\" has not " + amount + " of working time " + SupportedRange.searched(from, limit));
  }

  /** The instant {@code amount} of working time after {@code from}, in block {@code k}; null if past {@code limit}. */
  private Instant search(long k, Instant from, Duration amount, Instant limit) {
    long inBlock =
        timeline.covering(k, k).block(k).nanosBefore(from.getEpochSecond(), from.getNano());
    // The target lies amount after from's position; search for the first interval whose end
    // is at or past it, that is, strictly past it minus one nanosecond.
    long nanos = inBlock + amount.getNano() - 1;
    long seconds = amount.getSeconds() + Math.floorDiv(nanos, NANOS);
    Located at = locate(k, seconds, Math.floorMod(nanos, NANOS), lastBlock(limit));
    if (at == null) {
      return null;
    }
    Block block = at.block;
    Instant found = Instant.ofEpochSecond(
        block.starts[at.interval], at.nanosInBlock + 1 - block.nanosBeforeInterval(at.interval));
    return found.isAfter(limit) ? null : found;
  }

  @Override
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf("at", at);
    return timeline.covering(k, k).block(k).isOpen(at.getEpochSecond());
  }

  @Override
  public Instant nextOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf("at", at);
    Block block = timeline.covering(k, k).block(k);
    if (block.isOpen(at.getEpochSecond())) {
      return at;
    }
    Instant limit = SupportedRange.limitAfter(at);
    long inBlock = block.nanosBefore(at.getEpochSecond(), at.getNano());
    Located next = locate(k, inBlock / NANOS, 0, lastBlock(limit));
    Instant open = next == null ? null : Instant.ofEpochSecond(next.block.starts[next.interval]);
    if (open != null && !open.isAfter(limit)) {
      return open;
    }
    if (ranOutBefore(limit)) {
      throw new PledgeException("calendar \"" + name + "\" has no working time after " + at + ", so it never opens");
    }
    throw new PledgeException("calendar \"" + name + "\" does not open " + SupportedRange.searched(at, limit));
  }

  @Override
  public Instant nextClose(Instant at) {
    Objects.requireNonNull(at, "at");
    long k = timeline.indexOf("at", at);
    Block block = timeline.covering(k, k).block(k);
    int i = block.floor(at.getEpochSecond());
    if (i < 0 || at.getEpochSecond() >= block.ends[i]) {
      return at;
    }
    Instant limit = SupportedRange.limitAfter(at);
    long lastBlock = Block.indexOf(limit.getEpochSecond());
    long end = block.ends[i];
    // Only an interval that runs to the end of its block can continue in the next one.
    for (long next = k + 1; end == block.end() && next <= lastBlock; next++) {
      block = timeline.covering(next, next).block(next);
      if (block.starts.length == 0 || block.starts[0] != end) {
        break;
      }
      end = block.ends[0];
    }
    Instant close = Instant.ofEpochSecond(end);
    if (close.isAfter(limit)) {
      throw new PledgeException("calendar \"" + name + "\" does not close " + SupportedRange.searched(at, limit));
    }
    return close;
  }

  /**
   * The first interval, at or after block {@code k} and not after block {@code lastBlock}, that
   * ends more than {@code seconds} plus {@code nano} working time after the start of block {@code
   * k}; grows the timeline as needed. Null if there is none.
   */
  private Located locate(long k, long seconds, long nano, long lastBlock) {
    long hi = k;
    while (true) {
      Timeline.Window w = timeline.covering(k, hi);
      long target = w.secondsBefore(k) + seconds;
      long j = w.firstBlockEndingAfter(k, target);
      if (j != Timeline.Window.NONE) {
        Block block = w.block(j);
        long inBlock = (target - w.secondsBefore(j)) * NANOS + nano;
        return new Located(block, block.firstEndingAfter(inBlock), inBlock);
      }
      hi = Math.max(hi, w.last()); // the whole window was searched
      if (hi >= lastBlock) {
        return null;
      }
      long span = hi - k + 1;
      long worked = w.secondsBefore(hi + 1) - w.secondsBefore(k);
      // Jump by the blocks the remaining time needs at the average rate so far, or double. Not
      // found means the window ends before the target: remaining is positive, so is the step.
      long remaining = target - w.secondsBefore(hi + 1);
      long step = worked > 0 ? remaining / (worked / span + 1) + 1 : span;
      hi = Math.min(lastBlock, hi + step);
    }
  }

  /** The last block a search that may reach {@code limit} needs to look at. */
  private long lastBlock(Instant limit) {
    return Math.min(Block.indexOf(limit.getEpochSecond()), lastUsefulBlock());
  }

  /** Whether the calendar's working time ends (its dated hours run out) before {@code limit}. */
  private boolean ranOutBefore(Instant limit) {
    return lastUsefulBlock() < Block.indexOf(limit.getEpochSecond());
  }

  /**
   * The last block that can hold working time: unbounded with weekly hours, else the block of the
   * last dated hours, or {@link Long#MIN_VALUE} for a calendar without working time at all.
   */
  private long lastUsefulBlock() {
    if (schedule.hasWeeklyHours()) {
      return Long.MAX_VALUE;
    }
    return schedule.lastDatedWorkDay()
        .map(last -> Block.indexOf(last.plusDays(3).toEpochDay() * 86_400))
        .orElse(Long.MIN_VALUE);
  }

  private record Located(Block block, int interval, long nanosInBlock) {}
}
