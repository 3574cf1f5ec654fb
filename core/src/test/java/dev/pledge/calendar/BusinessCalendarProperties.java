package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.PledgeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BusinessCalendar} against the brute-force {@link SecondOracle}, and the algebra of its
 * operations, on random calendars in zones with unusual clock changes, anywhere in the supported
 * range: at its first and last weeks, around 1970-01-01T00:00Z, in 2011-2012, in 1850-2100 where
 * most clock changes are, and in any year from 1 to 9999. Each case is made from a seed; a failure
 * prints the seed and the calendar.
 */
class BusinessCalendarProperties {

  static final String[] ZONES = {
    "Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia",
    "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tehran", "Europe/London", "Europe/Dublin",
    "America/St_Johns", "America/Santiago", "Asia/Kathmandu", "Australia/Adelaide",
    "Pacific/Chatham", "America/Havana", "Asia/Gaza", "Europe/Moscow", "Pacific/Kiritimati",
    "America/Los_Angeles", "Antarctica/Troll", "Asia/Beirut", "America/Asuncion", "Europe/Chisinau",
    "UTC", "Australia/Sydney"
  };

  /** The first and last instants of the supported range (docs/calendars.md, "Supported range"). */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final Instant[] LANDMARKS = {
    FIRST, FIRST.plusNanos(1), Instant.EPOCH.minusNanos(1), Instant.EPOCH, Instant.EPOCH.plusNanos(1),
    LAST.minusNanos(1), LAST
  };

  private static final int DAY = 86_400;

  /**
   * One random case: a calendar, a stretch of a few weeks inside the supported range that ends at
   * least {@code margin} before its end, and an oracle over it.
   */
  record Case(long seed, CalendarSpec spec, BusinessCalendar calendar, Instant from, long spanSeconds, Random random) {

    static Case of(long seed, String zoneId, Duration margin) {
      Random random = new Random(seed);
      ZoneId zone = ZoneId.of(zoneId);
      long span = 3_600 + random.nextInt(21 * DAY);
      long earliest = FIRST.getEpochSecond();
      long latest = LAST.getEpochSecond() - span - margin.getSeconds();
      long start = switch (random.nextInt(6)) {
        case 0 -> earliest + (random.nextInt(4) == 0 ? 0 : random.nextInt(60 * DAY));
        case 1 -> latest - (random.nextInt(4) == 0 ? 0 : random.nextInt(60 * DAY));
        // Half the stretches hold 1970-01-01T00:00Z; the others lie within 30 days of it.
        case 2 -> random.nextBoolean() ? -random.nextInt((int) span + 1) : random.nextInt(60 * DAY) - 30 * DAY;
        case 3 -> centredOnAClockChange(random, zone, epochSecond(2011) + random.nextInt(2 * 365 * DAY), latest);
        case 4 -> centredOnAClockChange(random, zone, uniform(random, epochSecond(1850), epochSecond(2100)), latest);
        default -> uniform(random, earliest, latest);
      };
      Instant from = Instant.ofEpochSecond(start);
      CalendarSpec spec = CalendarSpec.random(random, zone, LocalDate.ofInstant(from, zone));
      return new Case(seed, spec, spec.build(), from, span, random);
    }

    private static long epochSecond(int year) {
      return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static long uniform(Random random, long from, long to) {
      return from + (long) (random.nextDouble() * (to - from));
    }

    /** Half the time, moves {@code start} to just before the zone's next clock change, if it has one soon. */
    private static long centredOnAClockChange(Random random, ZoneId zone, long start, long latest) {
      ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(start));
      if (random.nextBoolean() && next != null && next.getInstant().getEpochSecond() < start + 3 * 365L * DAY) {
        return Math.min(latest, next.getInstant().getEpochSecond() - random.nextInt(3 * DAY));
      }
      return start;
    }

    SecondOracle oracle() {
      return new SecondOracle(spec, from.minusSeconds(DAY), from.plusSeconds(spanSeconds + 40L * DAY));
    }

    /**
     * A random instant in the stretch: to the nanosecond, on a whole second or minute, at its
     * start, or at one of the landmarks (the first and last instants of the supported range,
     * 1970-01-01T00:00Z, and the nanoseconds beside them) when the stretch holds it.
     */
    Instant instant() {
      Instant t = from.plusSeconds((long) (random.nextDouble() * spanSeconds));
      return switch (random.nextInt(12)) {
        case 0 -> from;
        case 1, 2, 3 -> {
          Instant landmark = LANDMARKS[random.nextInt(LANDMARKS.length)];
          boolean inside = !landmark.isBefore(from) && landmark.getEpochSecond() <= from.getEpochSecond() + spanSeconds;
          yield inside ? landmark : t;
        }
        case 4, 5, 6 -> Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 60) * 60);
        case 7 -> t;
        default -> t.plusNanos(random.nextInt(1_000_000_000));
      };
    }

    @Override
    public String toString() {
      return "seed " + seed + " from " + from + " spec " + spec;
    }
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  @Property(tries = 1000)
  void betweenAgreesWithTheOracle(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ZERO);
    SecondOracle oracle = c.oracle();
    for (int i = 0; i < 5; i++) {
      Instant a = c.instant();
      Instant b = c.instant();
      if (a.isAfter(b)) {
        Instant swap = a;
        a = b;
        b = swap;
      }
      assertThat(c.calendar().between(a, b)).as("between(%s, %s) in %s", a, b, c).isEqualTo(oracle.between(a, b));
    }
  }

  /** An amount whose answer lies past the end of the supported range is refused, by add and tryAdd alike. */
  @Property(tries = 1000)
  void addAgreesWithTheOracle(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ZERO);
    SecondOracle oracle = c.oracle();
    for (int i = 0; i < 5; i++) {
      Instant t = c.instant();
      Duration room = oracle.between(t, t.plusSeconds(c.spanSeconds()));
      Duration amount = i == 0 ? room : Duration.ofNanos((long) (c.random().nextDouble() * room.toNanos()));
      Instant expected = oracle.add(t, amount);
      if (expected.isAfter(LAST)) {
        assertThatThrownBy(() -> c.calendar().add(t, amount)).as("add(%s, %s) in %s", t, amount, c)
            .isInstanceOf(PledgeException.class).hasMessageContaining("the end of the supported range");
        assertThat(c.calendar().tryAdd(t, amount)).as("tryAdd(%s, %s) in %s", t, amount, c).isEmpty();
      } else {
        assertThat(c.calendar().add(t, amount)).as("add(%s, %s) in %s", t, amount, c).isEqualTo(expected);
        assertThat(c.calendar().tryAdd(t, amount)).as("tryAdd(%s, %s) in %s", t, amount, c).contains(expected);
      }
    }
  }

  /** An opening or closing past the end of the supported range is refused. */
  @Property(tries = 200)
  void openingAndClosingAgreeWithTheOracle(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ZERO);
    SecondOracle oracle = c.oracle();
    Instant known = oracle.end().minusSeconds(DAY);
    for (int i = 0; i < 5; i++) {
      Instant t = c.instant();
      assertThat(c.calendar().isOpen(t)).as("isOpen(%s) in %s", t, c).isEqualTo(oracle.isOpen(t));
      Instant open = oracle.nextOpen(t);
      if (open.isAfter(LAST)) {
        assertThatThrownBy(() -> c.calendar().nextOpen(t)).as("nextOpen(%s) in %s", t, c)
            .isInstanceOf(PledgeException.class).hasMessageContaining("the end of the supported range");
      } else if (open.isBefore(known)) {
        assertThat(c.calendar().nextOpen(t)).as("nextOpen(%s) in %s", t, c).isEqualTo(open);
      }
      Instant close = oracle.nextClose(t);
      if (close.isAfter(LAST)) {
        assertThatThrownBy(() -> c.calendar().nextClose(t)).as("nextClose(%s) in %s", t, c)
            .isInstanceOf(PledgeException.class).hasMessageContaining("the end of the supported range");
      } else if (close.isBefore(known)) {
        assertThat(c.calendar().nextClose(t)).as("nextClose(%s) in %s", t, c).isEqualTo(close);
      }
    }
  }

  /**
   * Where the calendar holds the amounts within three years (or before the end of the supported
   * range, if that comes first), {@code add} finds them there, inverts {@code between} and is
   * monotonic; where it does not, {@code add} answers later, or not at all if the range ends first.
   */
  @Property(tries = 200)
  void addIsTheInverseOfBetweenAndMonotonic(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ZERO);
    BusinessCalendar cal = c.calendar();
    Instant t = c.instant();
    Duration d1 = Duration.ofNanos((long) (c.random().nextDouble() * 400 * 3_600_000_000_000L));
    Duration d2 = d1.plusNanos((long) (c.random().nextDouble() * 50 * 3_600_000_000_000L));
    Instant horizon = t.plus(Duration.ofDays(3 * 365)).isAfter(LAST) ? LAST : t.plus(Duration.ofDays(3 * 365));
    Duration held = cal.between(t, horizon);
    for (Duration d : new Duration[] {d1, d2}) {
      Optional<Instant> u = cal.tryAdd(t, d);
      if (d.compareTo(held) <= 0) {
        assertThat(u).as("tryAdd(%s, %s) in %s", t, d, c).isPresent();
        assertThat(u.get()).as("%s", c).isBeforeOrEqualTo(horizon);
        assertThat(cal.between(t, u.get())).as("%s", c).isEqualTo(d);
      } else if (horizon.equals(LAST)) {
        assertThat(u).as("tryAdd(%s, %s) in %s", t, d, c).isEmpty();
      } else {
        u.ifPresent(late -> assertThat(late).as("%s", c).isAfter(horizon));
      }
    }
    if (d2.compareTo(held) <= 0) {
      assertThat(cal.add(t, d2)).as("%s", c).isAfterOrEqualTo(cal.add(t, d1));
    }
    assertThat(cal.add(t, Duration.ZERO)).isEqualTo(t);
  }

  @Property(tries = 200)
  void betweenAddsUpOverConsecutiveStretches(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ZERO);
    BusinessCalendar cal = c.calendar();
    Instant a = c.instant();
    Instant b = a.plusSeconds(c.random().nextInt(60 * DAY)).plusNanos(c.random().nextInt(1_000_000_000));
    b = b.isAfter(LAST) ? LAST : b;
    Instant far = b.plus(Duration.ofDays(c.random().nextInt(3 * 365)));
    far = far.isAfter(LAST) ? LAST : far;
    assertThat(cal.between(a, far)).as("%s", c).isEqualTo(cal.between(a, b).plus(cal.between(b, far)));
    assertThat(cal.between(a, a)).isZero();
  }

  /** Ends at least a year before the end of the supported range, so that the calendar opens and closes again. */
  @Property(tries = 200)
  void openingAndClosingAreConsistent(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone, Duration.ofDays(366));
    BusinessCalendar cal = c.calendar();
    Instant t = c.instant();
    Instant open = cal.nextOpen(t);
    assertThat(open).isAfterOrEqualTo(t);
    assertThat(cal.isOpen(open)).isTrue();
    assertThat(cal.between(t, open)).isZero();
    assertThat(cal.isOpen(t)).isEqualTo(open.equals(t));
    Instant close = cal.nextClose(open);
    assertThat(close).isAfter(open);
    assertThat(cal.isOpen(close)).isFalse();
    assertThat(cal.between(open, close)).isEqualTo(Duration.between(open, close));
  }
}
