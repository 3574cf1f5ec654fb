package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BusinessCalendar} against the brute-force {@link MinuteOracle}, and the algebra of its
 * operations, on random calendars in zones with unusual clock changes. Each case is made from a
 * seed; a failure prints the seed and the calendar.
 */
class BusinessCalendarProperties {

  static final String[] ZONES = {
    "Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia",
    "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tehran", "Europe/London", "Europe/Dublin",
    "America/St_Johns", "America/Santiago", "Asia/Kathmandu", "Australia/Adelaide",
    "Pacific/Chatham", "America/Havana", "Asia/Gaza", "Europe/Moscow", "Pacific/Kiritimati",
    "America/Los_Angeles", "Antarctica/Troll", "Asia/Beirut", "America/Asuncion", "Europe/Chisinau",
    "UTC"
  };

  /** One random case: a calendar, a stretch of a few weeks, and an oracle over it. */
  record Case(long seed, CalendarSpec spec, BusinessCalendar calendar, Instant from, long spanSeconds, Random random) {

    static Case of(long seed, String zoneId) {
      Random random = new Random(seed);
      ZoneId zone = ZoneId.of(zoneId);
      int year = random.nextInt(3) == 0 ? 2011 + random.nextInt(2) : 1995 + random.nextInt(41);
      Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
          .plusSeconds((long) random.nextInt(365 * 86_400));
      if (random.nextBoolean()) {
        // Centre the stretch on the zone's next clock change, if it has one.
        ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        if (next != null && next.getInstant().getEpochSecond() < start.getEpochSecond() + 3 * 365 * 86_400L) {
          start = next.getInstant().minusSeconds(random.nextInt(3 * 86_400));
        }
      }
      CalendarSpec spec = CalendarSpec.random(random, zone, LocalDate.ofInstant(start, zone));
      long span = 3_600 + random.nextInt(21 * 86_400);
      return new Case(seed, spec, spec.build(), start, span, random);
    }

    MinuteOracle oracle() {
      return new MinuteOracle(spec, from.minusSeconds(86_400), from.plusSeconds(spanSeconds + 40 * 86_400L));
    }

    /** A random instant in the stretch, to the nanosecond or on a whole minute. */
    Instant instant() {
      Instant t = from.plusSeconds((long) (random.nextDouble() * spanSeconds));
      return random.nextInt(3) == 0
          ? Instant.ofEpochSecond(t.getEpochSecond() / 60 * 60)
          : t.plusNanos(random.nextInt(1_000_000_000));
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
  void betweenAgreesWithMinuteByMinuteCounting(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
    MinuteOracle oracle = c.oracle();
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

  @Property(tries = 1000)
  void addAgreesWithMinuteByMinuteCounting(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
    MinuteOracle oracle = c.oracle();
    for (int i = 0; i < 5; i++) {
      Instant t = c.instant();
      Duration room = oracle.between(t, t.plusSeconds(c.spanSeconds()));
      Duration amount = i == 0 ? room : Duration.ofNanos((long) (c.random().nextDouble() * room.toNanos()));
      assertThat(c.calendar().add(t, amount)).as("add(%s, %s) in %s", t, amount, c).isEqualTo(oracle.add(t, amount));
    }
  }

  @Property(tries = 200)
  void openingAndClosingAgreeWithMinuteByMinuteCounting(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
    MinuteOracle oracle = c.oracle();
    for (int i = 0; i < 5; i++) {
      Instant t = c.instant();
      assertThat(c.calendar().isOpen(t)).as("isOpen(%s) in %s", t, c).isEqualTo(oracle.isOpen(t));
      Instant open = oracle.nextOpen(t);
      if (open.isBefore(oracle.end().minusSeconds(86_400))) {
        assertThat(c.calendar().nextOpen(t)).as("nextOpen(%s) in %s", t, c).isEqualTo(open);
      }
      Instant close = oracle.nextClose(t);
      if (close.isBefore(oracle.end().minusSeconds(86_400))) {
        assertThat(c.calendar().nextClose(t)).as("nextClose(%s) in %s", t, c).isEqualTo(close);
      }
    }
  }

  @Property(tries = 200)
  void addIsTheInverseOfBetweenAndMonotonic(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
    BusinessCalendar cal = c.calendar();
    Instant t = c.instant();
    Duration d1 = Duration.ofNanos((long) (c.random().nextDouble() * 400 * 3_600_000_000_000L));
    Duration d2 = d1.plusNanos((long) (c.random().nextDouble() * 50 * 3_600_000_000_000L));
    if (!cal.nextOpen(t).isBefore(t.plus(Duration.ofDays(3650)))) {
      return;
    }
    Instant u1 = cal.add(t, d1);
    Instant u2 = cal.add(t, d2);
    assertThat(cal.between(t, u1)).as("%s", c).isEqualTo(d1);
    assertThat(cal.between(t, u2)).as("%s", c).isEqualTo(d2);
    assertThat(u2).as("%s", c).isAfterOrEqualTo(u1);
    assertThat(cal.add(t, Duration.ZERO)).isEqualTo(t);
  }

  @Property(tries = 200)
  void betweenAddsUpOverConsecutiveStretches(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
    BusinessCalendar cal = c.calendar();
    Instant a = c.instant();
    Instant b = a.plusSeconds(c.random().nextInt(60 * 86_400)).plusNanos(c.random().nextInt(1_000_000_000));
    Instant far = b.plus(Duration.ofDays(c.random().nextInt(3 * 365)));
    assertThat(cal.between(a, far)).as("%s", c).isEqualTo(cal.between(a, b).plus(cal.between(b, far)));
    assertThat(cal.between(a, a)).isZero();
  }

  @Property(tries = 200)
  void openingAndClosingAreConsistent(@ForAll long seed, @ForAll("zones") String zone) {
    Case c = Case.of(seed, zone);
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
