package dev.pledge.testkit;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.BusinessCalendarBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Business calendars for {@link PledgeArbitraries#calendars()}. */
final class Calendars {
  private static final List<String> ZONES = List.of("UTC", "Europe/Warsaw", "America/New_York",
      "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham");

  private Calendars() {}

  static Arbitrary<BusinessCalendar> arbitrary() {
    Arbitrary<List<List<String>>> week = day().list().ofSize(7)
        .filter(days -> days.stream().anyMatch(d -> !d.isEmpty()));
    Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 364)
        .map(d -> LocalDate.of(2026, 1, 1).plusDays(d)).set().ofMaxSize(3);
    Arbitrary<BusinessCalendar> working = Combinators.combine(Arbitraries.of(ZONES), week, holidays)
        .as((zone, days, closed) -> {
          BusinessCalendarBuilder b = BusinessCalendar.builder("generated", ZoneId.of(zone));
          for (int i = 0; i < 7; i++) {
            b.hours(DayOfWeek.of(i + 1), days.get(i).toArray(String[]::new));
          }
          closed.forEach(b::holiday);
          return b.build();
        });
    return Arbitraries.frequencyOf(Tuple.of(9, working), Tuple.of(1, Arbitraries.just(BusinessCalendar.always("24x7"))));
  }

  /** Zero to two ranges of one day, in quarter hours: the first inside the day, the second up to 24:00. */
  private static Arbitrary<List<String>> day() {
    Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 95);
    return Combinators.combine(quarter, quarter, Arbitraries.integers().between(0, 2)).as((a, b, n) -> {
      int start = Math.min(a, b);
      int end = Math.max(a, b);
      List<String> ranges = new ArrayList<>();
      if (n >= 1 && end > start) {
        ranges.add(time(start) + "-" + time(end));
      }
      if (n == 2 && end < 88) {
        ranges.add(time(end + 4) + "-" + time(96));
      }
      return List.copyOf(ranges);
    });
  }

  private static String time(int quarters) {
    return quarters == 96 ? "24:00" : String.format("%02d:%02d", quarters / 4, quarters % 4 * 15);
  }
}
