package dev.pledge.calendar.internal;

import dev.pledge.calendar.OverlappingHoursException;
import dev.pledge.calendar.LocalTimeRange;
import java.time.LocalTime;
import java.util.List;

/**
 * Finds two ranges that share local time. Ranges are placed on a line of minutes from the start
 * of a day; a range that crosses midnight reaches into the next day, and the previous day's
 * ranges are shifted a day back so that their spill meets this day's ranges.
 */
public final class OverlapCheck {

  private static final int DAY = 24 * 60;

  private OverlapCheck() {}

  /**
   * Throws if two ranges of {@code day} overlap, or a range of {@code previousDay} runs past
   * midnight into a range of {@code day}; {@code dayName} and {@code previousName} name them, and
   * {@code at} (a {@code DayOfWeek} or a {@code LocalDate}) is the configured entry at fault.
   *
   * @throws OverlappingHoursException naming the days and quoting both ranges
   */
  public static void check(
      String previousName,
      List<LocalTimeRange> previousDay,
      String dayName,
      List<LocalTimeRange> day,
      Object at) {
    for (int i = 0; i < day.size(); i++) {
      for (int j = i + 1; j < day.size(); j++) {
        if (overlap(day.get(i), 0, day.get(j), 0)) {
          throw new OverlappingHoursException(
              "working hours on " + dayName + " overlap: \"" + day.get(i) + "\" and \""
                  + day.get(j) + "\"", at);
        }
      }
    }
    for (LocalTimeRange before : previousDay) {
      for (LocalTimeRange range : day) {
        if (overlap(before, -DAY, range, 0)) {
          throw new OverlappingHoursException(
              "working hours overlap: \"" + before + "\" on " + previousName
                  + " runs past midnight into \"" + range + "\" on " + dayName, at);
        }
      }
    }
  }

  private static boolean overlap(LocalTimeRange a, int shiftA, LocalTimeRange b, int shiftB) {
    int startA = minutes(a.start()) + shiftA;
    int endA = startA + (int) a.length().toMinutes();
    int startB = minutes(b.start()) + shiftB;
    int endB = startB + (int) b.length().toMinutes();
    return startA < endB && startB < endA;
  }

  private static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
