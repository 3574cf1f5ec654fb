package dev.pledge.cli.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's ISO-8601 instant with an offset ({@code 2026-03-02T09:00:00Z}, {@code ...+01:00}). */
public final class InstantConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected an ISO-8601 instant such as 2026-03-02T09:00:00Z, but was '"
          + value + "'");
    }
  }
}
