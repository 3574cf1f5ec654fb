package dev.pledge.cli.output;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds one JSON object as text, field by field, the way {@link Json#mapper()} writes a tree of
 * the same fields (the same escapes, no spaces), for output lines written millions of times: no
 * tree, no generator. Not thread-safe; one per line.
 */
public final class JsonText {
  // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants written here, four-digit years
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;

  private final StringBuilder out = new StringBuilder(256).append('{');
  private boolean first = true;

  /** A string member; null writes {@code null}. */
  public JsonText field(String name, String value) {
    name(name);
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** A number member. */
  public JsonText field(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  /** An instant member, as {@link Instant#toString()} writes it; null writes {@code null}. */
  public JsonText field(String name, Instant value) {
    name(name);
    if (value == null) {
      out.append("null");
    } else {
      out.append('"');
      instant(out, value);
      out.append('"');
    }
    return this;
  }

  /** The object's text, closed; call once. */
  @Override
  public String toString() {
    return out.append('}').toString();
  }

  /** A member's name: the names are the program's own, plain ASCII, written as they are. */
  private void name(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    out.append('"').append(name).append("\":");
  }

  /** A JSON string: as is when nothing in it needs escaping, else escaped as Jackson escapes. */
  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        out.append(JsonStringEncoder.getInstance().quoteAsString(value));
        out.append('"');
        return;
      }
    }
    out.append(value).append('"');
  }

  /** {@code at} as {@link Instant#toString()} writes it, sooner for whole seconds (see below). */
  public static String instant(Instant at) {
    StringBuilder out = new StringBuilder(20);
    instant(out, at);
    return out.toString();
  }

  /**
   * {@code at} as {@link Instant#toString()} writes it: {@code 2026-03-02T09:00:00Z} written from
   * its fields when it has no fraction and its year has four digits, {@code toString()} otherwise.
   */
  static void instant(StringBuilder out, Instant at) {
    long seconds = at.getEpochSecond();
    if (at.getNano() != 0 || seconds < FIRST_SECOND || seconds > LAST_SECOND) {
      out.append(at);
      return;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
    int ofDay = (int) Math.floorMod(seconds, 86_400);
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      out.append(at);
      return;
    }
    digits(out, year, 4).append('-');
    digits(out, date.getMonthValue(), 2).append('-');
    digits(out, date.getDayOfMonth(), 2).append('T');
    digits(out, ofDay / 3600, 2).append(':');
    digits(out, ofDay / 60 % 60, 2).append(':');
    digits(out, ofDay % 60, 2).append('Z');
  }

  /** {@code value} (0 to 9999) in {@code width} digits (2 or 4), leading zeros included. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    if (width == 4) {
      out.append((char) ('0' + value / 1000)).append((char) ('0' + value / 100 % 10));
    }
    return out.append((char) ('0' + value / 10 % 10)).append((char) ('0' + value % 10));
  }
}
