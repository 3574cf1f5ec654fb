package dev.pledge.calendar.internal;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ValueRange;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of a country (and optionally one of its subdivisions), read from the
 * jollyday library one year at a time and cached. Only holidays of type {@code PUBLIC_HOLIDAY}
 * count, on their observed date when the law moves them.
 */
public final class PublicHolidays {

  /** The dates java.time's Hijrah calendar covers, "1882-11-12 to 2174-11-25". */
  private static final String HIJRAH_SPAN = hijrahSpan();

  private final String country;
  private final Optional<String> subdivision;
  private final HolidayManager manager;
  private final String[] path;
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  private PublicHolidays(String country, Optional<String> subdivision, HolidayManager manager) {
    this.country = country;
    this.subdivision = subdivision;
    this.manager = manager;
    this.path = subdivision.map(s -> s.split("/")).orElse(new String[0]);
  }

  /**
   * The public holidays of {@code country}, an ISO 3166 code such as {@code PL}, and of the
   * optional {@code subdivision} (such as {@code by} for Bavaria in {@code DE}; a deeper level is
   * written {@code a/b}). Codes are case-insensitive.
   *
   * @throws InvalidValueException naming the code if the country or subdivision is unknown
   */
  public static PublicHolidays of(String country, Optional<String> subdivision) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivision, "subdivision");
    String code =
        HolidayManager.getSupportedCalendarCodes().stream()
            .filter(c -> c.equalsIgnoreCase(country))
            .findFirst()
            .orElse(null);
    if (code == null) {
      throw new InvalidValueException("country",
          "public holidays: unknown country \"" + country + "\"; expected an ISO 3166 country"
              + " code supported by the jollyday library, such as \"PL\", \"DE\" or \"US\""
              + " (the list is HolidayManager.getSupportedCalendarCodes(), or the"
              + " holidays/Holidays_*.xml files of jollyday-core)");
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
    Optional<String> sub = subdivision.map(s -> checkSubdivision(country, s, manager));
    return new PublicHolidays(code.toUpperCase(Locale.ROOT), sub, manager);
  }

  /** The subdivision path with each part spelled as jollyday spells it. */
  private static String checkSubdivision(String country, String given, HolidayManager manager) {
    CalendarHierarchy level = manager.getCalendarHierarchy();
    StringBuilder path = new StringBuilder();
    for (String part : given.split("/", -1)) {
      String key =
          level.getChildren().keySet().stream()
              .filter(k -> k.equalsIgnoreCase(part))
              .findFirst()
              .orElse(null);
      if (key == null) {
        throw new InvalidValueException("subdivision",
            "public holidays: unknown subdivision \"" + given + "\" of country \"" + country
                + "\"; expected one of " + new TreeSet<>(level.getChildren().keySet()));
      }
      level = level.getChildren().get(key);
      path.append(path.length() == 0 ? "" : "/").append(key);
    }
    return path.toString();
  }

  /** The country code, upper case. */
  public String country() {
    return country;
  }

  /** The subdivision path, if one was given. */
  public Optional<String> subdivision() {
    return subdivision;
  }

  /**
   * Whether {@code date} is a public holiday.
   *
   * @throws PledgeException naming the country and the year if jollyday cannot compute that year:
   *     it computes Islamic holidays with java.time's Hijrah calendar, which covers only
   *     1882-11-12 to 2174-11-25 (the public holidays of AE, SA, TR and eleven more countries)
   */
  public boolean contains(LocalDate date) {
    return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
  }

  private Set<LocalDate> load(int year) {
    try {
      Set<Holiday> holidays;
      // jollyday does not document its thread safety and shares managers between callers: one
      // year at a time per manager (each year is computed once, then read from the cache)
      synchronized (manager) {
        holidays = manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path);
      }
      return holidays.stream().map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet());
    } catch (DateTimeException e) {
      throw new PledgeException(
          "public holidays of " + country + subdivision.map(s -> "/" + s).orElse("")
              + " cannot be computed for the year " + year + ": " + e.getMessage() + " (the holiday"
              + " library computes Islamic holidays with java.time's Hijrah calendar, which covers "
              + HIJRAH_SPAN + " only)", e);
    }
  }

  private static String hijrahSpan() {
    ValueRange years = HijrahChronology.INSTANCE.range(ChronoField.YEAR);
    HijrahDate first = HijrahChronology.INSTANCE.dateYearDay((int) years.getMinimum(), 1);
    HijrahDate last = HijrahChronology.INSTANCE.dateYearDay((int) years.getMaximum(), 1)
        .with(TemporalAdjusters.lastDayOfYear());
    return LocalDate.from(first) + " to " + LocalDate.from(last);
  }
}
