package dev.pledge.tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's standing in one tier program at an instant.
 *
 * @param program the program's name
 * @param level the level held: the highest of earned, paid, lifetime, challenge and override
 * @param since when the customer came to hold {@code level} (the last change's instant; without
 *     any change, the start of the joined day, else the first counted event, else {@code asOf})
 * @param validUntil the last day, in the program's zone, that {@code level} holds as things stand
 *     (the program's grace included); empty for the base level and for a lifetime level
 * @param reason why the customer holds {@code level}; when several sources give it, the one that
 *     lasts longest (lifetime, then the latest expiry; ties: earned, subscription, challenge, override)
 * @param progress what the next level up asks of the running period; empty at the top level
 * @param retain what keeping the current level asks of the running period: its {@code retain} in
 *     force where it has one, else its {@code qualify} in force (what earning it again asks); empty
 *     for the base level, a lifetime level and a level with neither
 * @param metrics every metric's value in the running period, rollover included
 * @param history every change of level, oldest first
 */
public record TierStatus(String program, String level, Instant since, Optional<LocalDate> validUntil,
    TierReason reason, Optional<LevelProgress> progress, Optional<LevelProgress> retain,
    Map<String, BigDecimal> metrics, List<TierChange> history) {

  /** Checks and copies the components. */
  public TierStatus {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(retain, "retain");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(history, "history");
    metrics = Map.copyOf(metrics);
    history = List.copyOf(history);
  }
}
