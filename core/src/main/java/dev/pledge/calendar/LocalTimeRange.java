package dev.pledge.calendar;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working hours on one local day, {@code HH:MM-HH:MM}: a half-open range {@code [start, end)} of
 * wall-clock time, in whole minutes.
 *
 * <p>An end that is not after the start runs past midnight into the next day: {@code 22:00-06:00}
 * is eight local hours ending at 06:00 the next morning, and {@code 08:00-08:00} is a full
 * twenty-four hours. {@code 24:00} is accepted as an end and means midnight at the end of the day;
 * it is held as {@link LocalTime#MIDNIGHT} and {@link #toString()} writes it back as {@code 24:00},
 * so {@code 08:00-24:00} and {@code 08:00-00:00} are the same range.
 *
 * <p>Instances are immutable; {@link #parse(CharSequence)} reads what {@link #toString()} writes.
 */
public final class LocalTimeRange {

  private static final Pattern FORMAT = Pattern.compile("(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)");

  private final LocalTime start;
  private final LocalTime end;

  private LocalTimeRange(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The range from {@code start} to {@code end}; an end not after the start runs into the next
   * day, and {@link LocalTime#MIDNIGHT} as the end means the end of the day.
   *
   * @throws InvalidValueException if either time is not a whole minute
   */
  public static LocalTimeRange of(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    requireWholeMinute("start", start);
    requireWholeMinute("end", end);
    return new LocalTimeRange(start, end);
  }

  /**
   * Reads {@code HH:MM-HH:MM}, for example {@code 08:00-18:00}, {@code 22:00-06:00} or
   * {@code 13:00-24:00}. Hours run 00 to 23, minutes 00 to 59; {@code 24:00} is allowed only as
   * the end.
   *
   * @throws InvalidValueException quoting the text if it is not of that form
   */
  public static LocalTimeRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException("",
          "working hours must be HH:MM-HH:MM, but was \"" + text + "\"");
    }
    int startHour = Integer.parseInt(m.group(1));
    int startMinute = Integer.parseInt(m.group(2));
    int endHour = Integer.parseInt(m.group(3));
    int endMinute = Integer.parseInt(m.group(4));
    boolean endOfDay = endHour == 24 && endMinute == 0;
    if (startHour > 23 || startMinute > 59 || (endHour > 23 && !endOfDay) || endMinute > 59) {
      throw new InvalidValueException("",
          "working hours must be HH:MM-HH:MM with hours 00-23 and minutes 00-59"
              + " (24:00 only as an end), but was \"" + text + "\"");
    }
    LocalTime end = endOfDay ? LocalTime.MIDNIGHT : LocalTime.of(endHour, endMinute);
    return new LocalTimeRange(LocalTime.of(startHour, startMinute), end);
  }

  /** The local time at which the range opens (inclusive). */
  public LocalTime start() {
    return start;
  }

  /**
   * The local time at which the range closes (exclusive), on the next day when {@link
   * #crossesMidnight()}; {@link LocalTime#MIDNIGHT} stands for {@code 24:00}.
   */
  public LocalTime end() {
    return end;
  }

  /**
   * Whether the range ends on the day after it starts: its end is not after its start. A range
   * ending at {@code 24:00} crosses midnight in this sense: it ends at 00:00 the next day.
   */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /**
   * The nominal wall-clock length, between one minute and twenty-four hours. The real length on a
   * given day can differ on a day the clocks change.
   */
  public Duration length() {
    Duration nominal = Duration.between(start, end);
    return crossesMidnight() ? nominal.plusDays(1) : nominal;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalTimeRange that && start.equals(that.start) && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** {@code HH:MM-HH:MM}, with an end at midnight written as {@code 24:00}. */
  @Override
  public String toString() {
    return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
  }

  private static void requireWholeMinute(String what, LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new InvalidValueException("",
          "working hours are whole minutes, but " + what + " was " + time);
    }
  }
}
