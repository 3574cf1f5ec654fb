package dev.pledge.cli.command;

import java.time.Duration;

/** Reads an option's ISO-8601 duration ({@code PT3M}, {@code PT30M}, {@code PT2M30S}). */
public final class DurationConverter extends IsoConverter<Duration> {
  /** The converter picocli makes. */
  public DurationConverter() {
    super(Duration::parse, "an ISO-8601 duration such as PT3M or PT2M30S");
  }
}
