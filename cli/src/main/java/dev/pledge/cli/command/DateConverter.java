package dev.pledge.cli.command;

import java.time.LocalDate;

/** Reads an option's ISO-8601 date ({@code 2026-11-27}). */
public final class DateConverter extends IsoConverter<LocalDate> {
  /** The converter picocli makes. */
  public DateConverter() {
    super(LocalDate::parse, "an ISO-8601 date such as 2026-11-27");
  }
}
