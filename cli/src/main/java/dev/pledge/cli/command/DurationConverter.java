package dev.pledge.cli.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's ISO-8601 duration ({@code PT3M}, {@code PT30M}, {@code PT2M30S}). */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected an ISO-8601 duration such as PT3M or PT2M30S, but was '"
          + value + "'");
    }
  }
}
