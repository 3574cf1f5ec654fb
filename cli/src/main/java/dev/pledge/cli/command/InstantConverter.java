package dev.pledge.cli.command;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads an option's ISO-8601 instant with an offset ({@code 2026-03-02T09:00:00Z}, {@code ...+01:00}). */
public final class InstantConverter extends IsoConverter<Instant> {
  /** The converter picocli makes. */
  public InstantConverter() {
    super(value -> OffsetDateTime.parse(value).toInstant(), "an ISO-8601 instant such as 2026-03-02T09:00:00Z");
  }
}
