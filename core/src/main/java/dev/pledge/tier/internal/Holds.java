package dev.pledge.tier.internal;

import dev.pledge.tier.TierReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Earned levels that reviews lowered, still held through the program's grace: usually none, at most
 * a few (a grace longer than the period). Each is an independent floor until its own end, with the
 * reason the level had before the review. Not thread-safe.
 */
final class Holds {
  private record Hold(int level, Instant end, TierReason reason) {}

  private final List<Hold> held = new ArrayList<>(0);

  /** Holds {@code level} until {@code end} (exclusive), with {@code reason}. */
  void add(int level, Instant end, TierReason reason) {
    held.add(new Hold(level, end, reason));
  }

  /** The earliest end of a hold, or {@link Instant#MAX}. */
  Instant nextEnd() {
    Instant next = Instant.MAX;
    for (Hold h : held) {
      next = h.end().isBefore(next) ? h.end() : next;
    }
    return next;
  }

  /** Drops every hold that ends at or before {@code t}. */
  void expire(Instant t) {
    held.removeIf(h -> !h.end().isAfter(t));
  }

  /** The highest level held, or 0. */
  int highest() {
    int max = 0;
    for (Hold h : held) {
      max = Math.max(max, h.level());
    }
    return max;
  }

  /** The hold of {@code level} that lasts longest, as a source of it, if any. */
  Optional<Replay.Winner> holding(int level) {
    Hold best = null;
    for (Hold h : held) {
      if (h.level() == level && (best == null || h.end().isAfter(best.end()))) {
        best = h;
      }
    }
    return Optional.ofNullable(best).map(h -> new Replay.Winner(h.reason(), Optional.of(h.end()), Optional.empty()));
  }
}
