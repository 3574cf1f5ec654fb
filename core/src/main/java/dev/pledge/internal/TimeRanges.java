package dev.pledge.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;

/**
 * The times Pledge reads: durations of at most {@link #MAX_YEARS} years, periods of at most as
 * many years, and dates and instants in the years {@link #FIRST_YEAR} to {@link #LAST_YEAR} (UTC
 * for an instant). Outside them a value is bad input, rejected where it is read, so that no engine
 * meets a time it cannot compute with. Not exported.
 */
public final class TimeRanges {
  /** The longest duration or period read, in years. */
  public static final int MAX_YEARS = 100;
  /** The first year of a date or instant read. */
  public static final int FIRST_YEAR = 1;
  /** The last year of a date or instant read. */
  public static final int LAST_YEAR = 9999;
  /** The longest duration read: {@link #MAX_YEARS} years of 365.25 days. */
  public static final Duration MAX_DURATION = Duration.ofDays(36_525);

  /** How the ranges read in a message. */
  public static final String DURATIONS = "of at most " + MAX_YEARS + " years";
  public static final String YEARS = "in the years " + FIRST_YEAR + " to " + LAST_YEAR;

  private TimeRanges() {}

  /** {@code text} as a duration inside the range, or empty if it is not one. */
  public static Optional<Duration> duration(String text) {
    return parse(text, Duration::parse).filter(d -> d.abs().compareTo(MAX_DURATION) <= 0);
  }

  /** {@code text} as a period inside the range, or empty if it is not one. */
  public static Optional<Period> period(String text) {
    return parse(text, Period::parse).filter(p -> Math.abs(p.toTotalMonths()) <= 12L * MAX_YEARS
        && Math.abs((long) p.getDays()) <= 366L * MAX_YEARS);
  }

  /** {@code text} as an ISO date inside the range, or empty if it is not one. */
  public static Optional<LocalDate> date(String text) {
    return parse(text, LocalDate::parse).filter(d -> d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR);
  }

  /** {@code text} as an ISO-8601 instant inside the range, or empty if it is not one. */
  public static Optional<Instant> instant(String text) {
    Optional<Instant> fast = UtcInstants.parse(text);
    return (fast.isPresent() ? fast : parse(text, Instant::parse)).filter(TimeRanges::inRange);
  }

  /** The first instant read: the start of the year {@link #FIRST_YEAR}, UTC. */
  public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  /**
   * The last instant read: the end of the year {@link #LAST_YEAR}, UTC. The calendar keeps the same
   * range in its own {@code SupportedRange} (the calendar package depends on nothing else of Pledge).
   */
  public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** Whether {@code at} lies in the years read (UTC). */
  public static boolean inRange(Instant at) {
    return !at.isBefore(FIRST) && !at.isAfter(LAST);
  }

  private static <T> Optional<T> parse(String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty(); // not a value of the type: the caller reports what was expected
    }
  }

  /**
   * Deserializers of {@link Duration}, {@link Period}, {@link LocalDate} and {@link Instant} that
   * read only strings inside the ranges; registered after Jackson's java.time module, they replace
   * its ones. A value outside is reported as an invalid string of that type.
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("pledge-time-ranges");
    module.addDeserializer(Duration.class, new Ranged<>(Duration.class, TimeRanges::duration));
    module.addDeserializer(Period.class, new Ranged<>(Period.class, TimeRanges::period));
    module.addDeserializer(LocalDate.class, new Ranged<>(LocalDate.class, TimeRanges::date));
    module.addDeserializer(Instant.class, new Ranged<>(Instant.class, TimeRanges::instant));
    return module;
  }

  private static final class Ranged<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, Optional<T>> read;

    Ranged(Class<T> type, Function<String, Optional<T>> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleUnexpectedToken(type, p);
        return never;
      }
      String text = p.getText();
      Optional<T> value = read.apply(text);
      if (value.isEmpty()) {
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleWeirdStringValue(type, text, "out of range or malformed");
        return never;
      }
      return value.get();
    }
  }
}
