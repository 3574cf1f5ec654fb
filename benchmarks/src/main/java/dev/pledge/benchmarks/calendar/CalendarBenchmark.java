package dev.pledge.benchmarks.calendar;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.BusinessCalendarBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code between} and {@code add} of a Warsaw office calendar (Monday to Friday 08:00-18:00)
 * for spans of 1, 100 and 10,000 hours, with 0 or 60 holidays a year, beside the minute-stepping
 * and day-stepping baselines of {@link NaiveCalendars}. Start instants cycle through 1,024 random
 * instants of 2026, so no answer is reused.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  /** The span: elapsed time for {@code between}, working time for {@code add}. */
  @Param({"1", "100", "10000"})
  public int hours;

  /** Holidays a year, on random weekdays. */
  @Param({"0", "60"})
  public int holidaysPerYear;

  private BusinessCalendar calendar;
  private NaiveCalendars naive;
  private Duration span;
  private final Instant[] starts = new Instant[1024];
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    Set<LocalDate> holidays = new HashSet<>();
    for (int year = 2025; year <= 2032; year++) {
      int added = 0;
      while (added < holidaysPerYear) {
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        if (WEEKDAYS.contains(d.getDayOfWeek()) && holidays.add(d)) {
          added++;
        }
      }
    }
    BusinessCalendarBuilder builder = BusinessCalendar.builder("office", WARSAW);
    WEEKDAYS.forEach(day -> builder.hours(day, "08:00-18:00"));
    builder.holidays(holidays);
    calendar = builder.build();
    naive = new NaiveCalendars(WARSAW, WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(18, 0), holidays);
    span = Duration.ofHours(hours);
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < starts.length; i++) {
      starts[i] = base.plusSeconds(random.nextInt(365 * 86_400) / 60 * 60L);
    }
    check();
  }

  /** The baselines must give the same answers, or the comparison means nothing. */
  private void check() {
    for (int i = 0; i < 16; i++) {
      Instant t = starts[i];
      Duration fast = calendar.between(t, t.plus(span));
      if (!fast.equals(naive.betweenByDay(t, t.plus(span)))
          || (hours <= 100 && !fast.equals(naive.betweenByMinute(t, t.plus(span))))
          || !calendar.add(t, span).equals(naive.addByDay(t, span))
          || (hours <= 100 && !calendar.add(t, span).equals(naive.addByMinute(t, span)))) {
        throw new IllegalStateException("baseline disagrees at " + t);
      }
    }
  }

  private Instant nextStart() {
    next = (next + 1) & (starts.length - 1);
    return starts[next];
  }

  @Benchmark
  public Duration between() {
    Instant t = nextStart();
    return calendar.between(t, t.plus(span));
  }

  @Benchmark
  public Instant add() {
    return calendar.add(nextStart(), span);
  }

  @Benchmark
  public Duration betweenMinuteStepping() {
    Instant t = nextStart();
    return naive.betweenByMinute(t, t.plus(span));
  }

  @Benchmark
  public Instant addMinuteStepping() {
    return naive.addByMinute(nextStart(), span);
  }

  @Benchmark
  public Duration betweenDayStepping() {
    Instant t = nextStart();
    return naive.betweenByDay(t, t.plus(span));
  }

  @Benchmark
  public Instant addDayStepping() {
    return naive.addByDay(nextStart(), span);
  }
}
