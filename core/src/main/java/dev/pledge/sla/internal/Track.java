package dev.pledge.sla.internal;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.replay.InstanceTrack;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The life of one metric instance in wall-clock time, independent of any policy: a list of
 * segments, each running, paused or stopped-between-solve-and-reopen, from its mark to the next.
 * Working time is computed only when the instance is measured, in the calendar of the policy that
 * applies to it then, so a priority change that brings another calendar re-measures the instance
 * from its original start.
 */
final class Track implements InstanceTrack {
  static final byte RUN = 0;
  static final byte PAUSE = 1;
  static final byte GAP = 2;

  final Metric metric;
  final int number;
  private Instant[] marks = new Instant[4];
  private byte[] kinds = new byte[4];
  private int size;
  private Instant stop;
  private ServicePolicy policyAtStop;

  Track(Metric metric, int number, Instant start, boolean paused) {
    this.metric = metric;
    this.number = number;
    append(start, paused ? PAUSE : RUN);
  }

  @Override
  public Metric metric() {
    return metric;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public Instant start() {
    return marks[0];
  }

  boolean running() {
    return stop == null;
  }

  @Override
  public Instant stopped() {
    return stop;
  }

  @Override
  public ServicePolicy policyAtStop() {
    return policyAtStop;
  }

  @Override
  public long elapsedAt(BusinessCalendar calendar, Instant at) {
    long elapsed = 0;
    for (int i = 0; i < size && marks[i].isBefore(at); i++) {
      if (kinds[i] == RUN) {
        Instant to = i + 1 < size ? marks[i + 1] : stop;
        if (to == null || to.isAfter(at)) {
          to = at;
        }
        elapsed += calendar.between(marks[i], to).toNanos();
      }
    }
    return elapsed;
  }

  @Override
  public Instant reach(BusinessCalendar calendar, long nanos) {
    long elapsed = 0;
    for (int i = 0; i < size; i++) {
      if (kinds[i] != RUN) {
        continue;
      }
      Instant from = marks[i];
      Instant to = i + 1 < size ? marks[i + 1] : stop;
      if (to == null) {
        return project(calendar, from, Duration.ofNanos(nanos - elapsed));
      }
      long d = calendar.between(from, to).toNanos();
      if (elapsed + d >= nanos) {
        Instant crossing = calendar.add(from, Duration.ofNanos(nanos - elapsed));
        if (crossing.isBefore(to)) {
          return crossing;
        }
        if (to.equals(stop)) {
          return null; // stopped exactly when the threshold is reached: not reached
        }
        // Reached exactly where a pause begins: passed only when the clock runs again.
      }
      elapsed += d;
    }
    return null;
  }

  /** From {@code at} on, the clock runs or is paused; nothing changes if it already does. */
  void mark(Instant at, boolean paused) {
    byte kind = paused ? PAUSE : RUN;
    if (kinds[size - 1] != kind) {
      append(at, kind);
    }
  }

  void stop(Instant at, ServicePolicy current) {
    stop = at;
    policyAtStop = current;
  }

  /** Runs again after a reopen: the time since the stop is a gap, neither counted nor paused. */
  void resume(Instant at, boolean paused) {
    append(stop, GAP);
    append(at, paused ? PAUSE : RUN);
    stop = null;
    policyAtStop = null;
  }

  private void append(Instant at, byte kind) {
    if (size > 0 && marks[size - 1].equals(at)) {
      kinds[size - 1] = kind; // an empty segment: the later state wins
      if (size > 1 && kinds[size - 2] == kind) {
        size--;
      }
      return;
    }
    if (size == marks.length) {
      marks = Arrays.copyOf(marks, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    marks[size] = at;
    kinds[size] = kind;
    size++;
  }

  /** Measures the instance against {@code policy}'s target for this metric, as of {@code asOf}. */
  MetricInstance measure(ServicePolicy policy, Instant asOf) {
    BusinessCalendar calendar = policy.calendar();
    Duration target = policy.target(metric).orElseThrow();
    Instant end = stop != null ? stop : asOf;
    long targetNanos = target.toNanos();
    long elapsed = 0;
    long paused = 0;
    Instant crossFrom = null; // the running segment in which the clock reached the target
    long crossLeft = 0;
    Instant crossTo = null; // where that segment ends
    Instant runAfterCrossing = null;
    Instant lastRunFrom = null;
    long beforeLastRun = 0;
    byte lastKind = RUN;
    int i = 0;
    for (; i < size; i++) {
      Instant from = marks[i];
      Instant to = i + 1 < size && marks[i + 1].isBefore(end) ? marks[i + 1] : end;
      lastKind = kinds[i];
      if (kinds[i] == RUN) {
        long d = calendar.between(from, to).toNanos();
        if (crossFrom == null && elapsed + d >= targetNanos) {
          crossFrom = from;
          crossLeft = targetNanos - elapsed;
          crossTo = to;
        } else if (crossFrom != null && runAfterCrossing == null) {
          runAfterCrossing = from; // the first time the clock runs again after reaching the target
        }
        lastRunFrom = from;
        beforeLastRun = elapsed;
        elapsed += d;
      } else if (kinds[i] == PAUSE) {
        paused += calendar.between(from, to).toNanos();
      }
      if (!to.isBefore(end)) {
        break;
      }
    }
    // A mark exactly at the end (an event at asOf: a pause, a resume, a reopen) takes effect: it
    // adds no time, but it is what is in force at asOf.
    Instant runAtEnd = null;
    for (int j = i + 1; j < size && !marks[j].isAfter(end); j++) {
      lastKind = kinds[j];
      if (kinds[j] == RUN) {
        lastRunFrom = marks[j];
        beforeLastRun = elapsed;
        runAtEnd = marks[j];
      }
    }
    // The clock reached the target at the earliest instant add() finds. It is past the target (the
    // instance breaches) from there on while it runs; when the segment that reached the target
    // ended exactly there (a pause at the deadline), only from when it runs again.
    Instant crossing = crossFrom == null ? null : calendar.add(crossFrom, Duration.ofNanos(crossLeft));
    Instant due;
    if (crossing == null) {
      due = null;
    } else if (crossing.isBefore(crossTo)) {
      due = crossing;
    } else if (runAfterCrossing != null) {
      due = runAfterCrossing;
    } else if (runAtEnd != null) {
      due = runAtEnd;
    } else if (crossTo.equals(end) && lastKind == RUN) {
      due = crossing;
    } else {
      due = null;
    }
    // An achieved instance can no longer breach, so it needs (and gets) no deadline.
    InstanceState state;
    Instant deadline = null;
    if (due != null && due.isBefore(end)) {
      state = InstanceState.BREACHED;
      deadline = due;
    } else if (stop != null) {
      state = InstanceState.ACHIEVED;
    } else if (lastKind == RUN) {
      state = InstanceState.ACTIVE;
      deadline = due != null ? due
          : project(calendar, lastRunFrom, Duration.ofNanos(targetNanos - beforeLastRun));
    } else {
      state = InstanceState.PAUSED;
    }
    Duration over = state == InstanceState.BREACHED
        ? Duration.ofNanos(elapsed - targetNanos) : Duration.ZERO;
    return new MetricInstance(metric, number, policy, target, marks[0], Optional.ofNullable(stop),
        Duration.ofNanos(elapsed), Duration.ofNanos(paused), Optional.ofNullable(deadline), state, over);
  }

  /** Where the clock would reach the target if it kept running; none if the calendar ends first. */
  private static Instant project(BusinessCalendar calendar, Instant from, Duration remaining) {
    // Empty when the calendar has no working time left: the instance can never breach.
    return calendar.tryAdd(from, remaining).orElse(null);
  }
}
