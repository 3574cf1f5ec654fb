package dev.pledge.tier.internal;

import dev.pledge.rule.Condition;
import dev.pledge.tier.LevelProgress;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads a finished replay into a {@link TierStatus}. */
final class StatusBuilder {
  private StatusBuilder() {}

  static TierStatus build(Replay r) {
    List<TierLevel> levels = r.program().levels();
    int level = r.displayed();
    Replay.Winner w = r.winnerAtAsOf(level);
    Optional<LocalDate> validUntil = r.clock().flatMap(c -> w.until().map(c::lastDay));
    List<TierChange> history = r.history();
    Instant since = history.isEmpty() ? r.baseSince() : history.get(history.size() - 1).at();
    Optional<LevelProgress> progress = Optional.empty();
    for (int next = level + 1; next < levels.size(); next++) {
      Optional<Condition> qualify = r.inForce().qualify(next);
      if (qualify.isPresent()) {
        progress = Optional.of(new LevelProgress(levels.get(next).id(), Progresses.of(qualify.get(), r.period().facts())));
        break;
      }
    }
    TierLevel current = levels.get(level);
    Optional<LevelProgress> retain = level == 0 || w.reason() == TierReason.LIFETIME
        ? Optional.empty()
        : r.inForce().retain(level).or(() -> r.inForce().qualify(level))
            .map(q -> new LevelProgress(current.id(), Progresses.of(q, r.period().facts())));
    return new TierStatus(r.program().name(), current.id(), since, validUntil, w.reason(), progress, retain,
        r.period().values(), history);
  }
}
