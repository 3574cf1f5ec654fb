package dev.pledge.sla.internal;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.sla.CaseStatus;
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
 * segments, each spent in one unsolved status (open, pending, on-hold) or stopped between a solve
 * and a reopen (a gap), from its mark to the next. Whether a status segment runs or is paused, and
 * how much working time it holds, is decided only when the instance is measured, by the pause
 * statuses and the calendar of the policy that applies to it then; so a priority change that brings
 * another calendar or other pause statuses re-measures the instance from its original start.
 */
final class Track implements InstanceTrack {
  // A segment's kind as measured under a policy:
  static final byte RUN = 0;
  static final byte PAUSE = 1;
  static final byte GAP = 2;
  // A segment as recorded: a status's ordinal, or NO_STATUS for a gap.
  private static final byte NO_STATUS = -1;

  final Metric metric;
  final int number;
  private Instant[] marks = new Instant[4];
  private byte[] statuses = new byte[4];
  private int size;
  private Instant stop;
  private ServicePolicy policyAtStop;

  Track(Metric metric, int number, Instant start, CaseStatus status) {
    this.metric = metric;
    this.number = number;
    append(start, code(status));
  }

  private static byte code(CaseStatus status) {
    return (byte) status.ordinal();
  }

  /** The statuses that pause this track's metric under {@code policy}, as bits by status ordinal. */
  private int pauseMask(ServicePolicy policy) {
    int mask = 0;
    for (CaseStatus s : PAUSING) {
      if (policy.pausedIn(metric, s)) {
        mask |= 1 << s.ordinal();
      }
    }
    return mask;
  }

  private static final CaseStatus[] PAUSING = {CaseStatus.PENDING, CaseStatus.ON_HOLD};

  /**
   * The last segment from {@code i} on of the same kind as segment {@code i} under {@code mask}
   * (stretches in other statuses that all run, or all pause, count as one: one calendar query
   * instead of one per status change), taking only segments that begin before {@code before}
   * (null: no limit).
   */
  private int lastOfRun(int i, int mask, Instant before) {
    byte kind = kind(i, mask);
    int j = i;
    while (j + 1 < size && kind(j + 1, mask) == kind && (before == null || marks[j + 1].isBefore(before))) {
      j++;
    }
    return j;
  }

  /** Segment {@code i}'s kind under the pause statuses {@code mask}: RUN, PAUSE or GAP. */
  private byte kind(int i, int mask) {
    byte status = statuses[i];
    return status == NO_STATUS ? GAP : (mask >> status & 1) != 0 ? PAUSE : RUN;
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
  public long elapsedAt(ServicePolicy policy, Instant at) {
    BusinessCalendar calendar = policy.calendar();
    int mask = pauseMask(policy);
    long elapsed = 0;
    for (int i = 0; i < size && marks[i].isBefore(at); i++) {
      int j = lastOfRun(i, mask, at);
      if (kind(i, mask) == RUN) {
        Instant to = j + 1 < size ? marks[j + 1] : stop;
        if (to == null || to.isAfter(at)) {
          to = at;
        }
        elapsed = plus(elapsed, nanos(calendar.between(marks[i], to)));
      }
      i = j;
    }
    return elapsed;
  }

  @Override
  public Instant reach(ServicePolicy policy, long nanos, boolean atPause) {
    if (nanos <= 0) {
      return stop == null || stop.isAfter(marks[0]) ? marks[0] : null; // reached at the start
    }
    BusinessCalendar calendar = policy.calendar();
    int mask = pauseMask(policy);
    long elapsed = 0;
    for (int i = 0; i < size; i++) {
      if (kind(i, mask) != RUN) {
        continue;
      }
      Instant from = marks[i];
      i = lastOfRun(i, mask, null); // consecutive stretches that run, in other statuses, are one
      Instant to = i + 1 < size ? marks[i + 1] : stop;
      if (to == null) {
        return project(calendar, from, Duration.ofNanos(nanos - elapsed));
      }
      long d = nanos(calendar.between(from, to));
      if (plus(elapsed, d) >= nanos) {
        Instant crossing = calendar.add(from, Duration.ofNanos(nanos - elapsed));
        if (crossing.isBefore(to)) {
          return crossing;
        }
        if (to.equals(stop)) {
          return null; // stopped exactly when the threshold is reached: not reached
        }
        if (atPause && statuses[i + 1] != NO_STATUS) {
          return crossing; // reached exactly where a pause (or a run in another status) begins
        }
        // Reached exactly where a pause begins: passed only when the clock runs again.
      }
      elapsed = plus(elapsed, d);
    }
    return null;
  }

  @Override
  public boolean runningAt(Instant at) {
    if (at.isBefore(marks[0]) || stop != null && !at.isBefore(stop)) {
      return false;
    }
    int i = size - 1;
    while (marks[i].isAfter(at)) {
      i--;
    }
    return statuses[i] != NO_STATUS;
  }

  @Override
  public Instant nextRunChange(Instant after) {
    for (int i = 1; i < size; i++) {
      if (marks[i].isAfter(after) && (statuses[i] == NO_STATUS || statuses[i - 1] == NO_STATUS)) {
        return marks[i];
      }
    }
    return stop != null && stop.isAfter(after) ? stop : null;
  }

  /** From {@code at} on, the case has {@code status} (unsolved); nothing changes if it already had. */
  void mark(Instant at, CaseStatus status) {
    byte code = code(status);
    if (statuses[size - 1] != code) {
      append(at, code);
    }
  }

  void stop(Instant at, ServicePolicy current) {
    stop = at;
    policyAtStop = current;
  }

  /** Runs again after a reopen to {@code status}: the time since the stop is a gap, neither counted nor paused. */
  void resume(Instant at, CaseStatus status) {
    append(stop, NO_STATUS);
    append(at, code(status));
    stop = null;
    policyAtStop = null;
  }

  private void append(Instant at, byte status) {
    if (size > 0 && marks[size - 1].equals(at)) {
      statuses[size - 1] = status; // an empty segment: the later state wins
      if (size > 1 && statuses[size - 2] == status) {
        size--;
      }
      return;
    }
    if (size == marks.length) {
      marks = Arrays.copyOf(marks, size * 2);
      statuses = Arrays.copyOf(statuses, size * 2);
    }
    marks[size] = at;
    statuses[size] = status;
    size++;
  }

  /** Measures the instance against {@code policy}'s target for this metric, as of {@code asOf}. */
  MetricInstance measure(ServicePolicy policy, Instant asOf) {
    BusinessCalendar calendar = policy.calendar();
    int mask = pauseMask(policy);
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
      byte kind = kind(i, mask);
      i = lastOfRun(i, mask, end); // consecutive stretches of one kind are measured as one
      Instant to = i + 1 < size && marks[i + 1].isBefore(end) ? marks[i + 1] : end;
      lastKind = kind;
      if (kind == RUN) {
        long d = nanos(calendar.between(from, to));
        if (crossFrom == null && plus(elapsed, d) >= targetNanos) {
          crossFrom = from;
          crossLeft = targetNanos - elapsed;
          crossTo = to;
        } else if (crossFrom != null && runAfterCrossing == null) {
          runAfterCrossing = from; // the first time the clock runs again after reaching the target
        }
        lastRunFrom = from;
        beforeLastRun = elapsed;
        elapsed = plus(elapsed, d);
      } else if (kind == PAUSE) {
        paused = plus(paused, nanos(calendar.between(from, to)));
      }
      if (!to.isBefore(end)) {
        break;
      }
    }
    // A mark exactly at the end (an event at asOf: a pause, a resume, a reopen) takes effect: it
    // adds no time, but it is what is in force at asOf.
    Instant runAtEnd = null;
    for (int j = i + 1; j < size && !marks[j].isAfter(end); j++) {
      lastKind = kind(j, mask);
      if (lastKind == RUN) {
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

  /**
   * {@code d} in nanoseconds, at most {@link Long#MAX_VALUE} (about 292 years): an instance that
   * has run longer reads as having run that long, which is past every target Pledge reads (at most
   * 100 years), instead of overflowing.
   */
  private static long nanos(Duration d) {
    return d.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L - 1 ? Long.MAX_VALUE : d.toNanos();
  }

  /** {@code a + b} for non-negative nanoseconds, at most {@link Long#MAX_VALUE}. */
  private static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Where the clock would reach the target if it kept running; none if the calendar ends first. */
  private static Instant project(BusinessCalendar calendar, Instant from, Duration remaining) {
    // Empty when the calendar has no working time left: the instance can never breach.
    return calendar.tryAdd(from, remaining).orElse(null);
  }
}
