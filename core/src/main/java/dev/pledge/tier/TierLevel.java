package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Condition;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A level of a tier program.
 *
 * @param id the level's id, unique in its program
 * @param qualify what the period's metrics must satisfy to earn the level; empty for the base
 *     level and for levels that are only sold, granted or overridden
 * @param lifetime what the all-time metrics must satisfy to hold the level for ever, if any
 * @param qualifyFrom conditions that replace {@code qualify} from a date on: a period is judged by
 *     the entry with the latest date on or before its first day, else by {@code qualify}; sorted by
 *     date, possibly empty
 * @param retain what keeps the level for the next period when it is the customer's earned level at
 *     a review (reached by qualifying or by a soft landing): tested on the period's metrics at its
 *     end; empty when only {@code qualify} keeps it
 * @param retainFrom conditions that replace {@code retain} from a date on, as {@code qualifyFrom}
 *     does for {@code qualify}
 */
public record TierLevel(String id, Optional<Condition> qualify, Optional<Condition> lifetime,
    NavigableMap<LocalDate, Condition> qualifyFrom, Optional<Condition> retain,
    NavigableMap<LocalDate, Condition> retainFrom) {

  /** Checks and copies the components. */
  public TierLevel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(qualify, "qualify");
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(retain, "retain");
    if (id.isBlank()) {
      throw new InvalidValueException("id", "level id must not be blank");
    }
    qualifyFrom = copy(qualifyFrom, "qualifyFrom");
    retainFrom = copy(retainFrom, "retainFrom");
  }

  /** A level with {@code qualify}, {@code lifetime} and dated conditions, and no retain. */
  public TierLevel(String id, Optional<Condition> qualify, Optional<Condition> lifetime,
      NavigableMap<LocalDate, Condition> qualifyFrom) {
    this(id, qualify, lifetime, qualifyFrom, Optional.empty(), Collections.emptyNavigableMap());
  }

  /** A level with {@code qualify} and {@code lifetime}, no dated conditions and no retain. */
  public TierLevel(String id, Optional<Condition> qualify, Optional<Condition> lifetime) {
    this(id, qualify, lifetime, Collections.emptyNavigableMap());
  }

  /** A level that cannot be earned: the base level, or one only sold, granted or overridden. */
  public static TierLevel of(String id) {
    return new TierLevel(id, Optional.empty(), Optional.empty());
  }

  /** A level earned when the period's metrics satisfy {@code qualify}. */
  public static TierLevel of(String id, Condition qualify) {
    return new TierLevel(id, Optional.of(Objects.requireNonNull(qualify, "qualify")), Optional.empty());
  }

  /** A copy whose periods starting on or after {@code from} are judged by {@code condition} (until a later date). */
  public TierLevel withQualifyFrom(LocalDate from, Condition condition) {
    return new TierLevel(id, qualify, lifetime, with(qualifyFrom, from, condition), retain, retainFrom);
  }

  /** A copy held for ever once all-time metrics satisfy {@code condition}. */
  public TierLevel withLifetime(Condition condition) {
    return new TierLevel(id, qualify, Optional.of(Objects.requireNonNull(condition, "condition")), qualifyFrom, retain,
        retainFrom);
  }

  /** A copy kept for the next period by {@code condition} when it is the earned level at a review. */
  public TierLevel withRetain(Condition condition) {
    return new TierLevel(id, qualify, lifetime, qualifyFrom, Optional.of(Objects.requireNonNull(condition, "condition")),
        retainFrom);
  }

  /** A copy whose retain is {@code condition} in periods starting on or after {@code from} (until a later date). */
  public TierLevel withRetainFrom(LocalDate from, Condition condition) {
    return new TierLevel(id, qualify, lifetime, qualifyFrom, retain, with(retainFrom, from, condition));
  }

  /**
   * The condition that earns the level in a period whose first day is {@code periodStart}: the
   * {@code qualifyFrom} entry with the latest date on or before it, else {@code qualify}.
   */
  public Optional<Condition> qualifyFor(LocalDate periodStart) {
    Map.Entry<LocalDate, Condition> e = qualifyFrom.floorEntry(Objects.requireNonNull(periodStart, "periodStart"));
    return e != null ? Optional.of(e.getValue()) : qualify;
  }

  /** The retain in force for a period whose first day is {@code periodStart}, as {@link #qualifyFor}. */
  public Optional<Condition> retainFor(LocalDate periodStart) {
    Map.Entry<LocalDate, Condition> e = retainFrom.floorEntry(Objects.requireNonNull(periodStart, "periodStart"));
    return e != null ? Optional.of(e.getValue()) : retain;
  }

  static NavigableMap<LocalDate, Condition> copy(NavigableMap<LocalDate, Condition> map, String name) {
    Objects.requireNonNull(map, name);
    TreeMap<LocalDate, Condition> copy = new TreeMap<>();
    map.forEach((date, condition) -> copy.put(Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(condition, "condition")));
    return Collections.unmodifiableNavigableMap(copy);
  }

  static NavigableMap<LocalDate, Condition> with(NavigableMap<LocalDate, Condition> map, LocalDate from,
      Condition condition) {
    TreeMap<LocalDate, Condition> copy = new TreeMap<>(map);
    copy.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(condition, "condition"));
    return copy;
  }
}
