package dev.pledge.cli.command;

import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's ISO-8601 value, and says what was expected when it cannot: {@code expected
 * an ISO-8601 duration such as PT3M or PT2M30S, but was '3 minutes'}.
 *
 * @param <T> the value's type
 */
abstract class IsoConverter<T> implements ITypeConverter<T> {
  private final Function<String, T> parse;
  private final String expected;

  /**
   * @param parse reads the text; throws {@link DateTimeParseException} if it cannot
   * @param expected what the text should be, with an example ({@code an ISO-8601 date such as 2026-11-27})
   */
  IsoConverter(Function<String, T> parse, String expected) {
    this.parse = parse;
    this.expected = expected;
  }

  @Override
  public final T convert(String value) {
    try {
      return parse.apply(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected " + expected + ", but was '" + value + "'");
    }
  }
}
