package dev.pledge.tier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer's level over time in one program: the level they started at and every change since,
 * as a status's {@link TierStatus#history() history} tells it. The level at an instant is that of
 * the last change at or before it, else the initial level; for any instant up to the status's
 * {@code asOf} this is the level that evaluating the program at that instant gives. Kept by the
 * command line to choose each case's policy by the level at its opening, and sent by the Kafka
 * Streams adapter to the partitions of a customer's cases.
 */
public final class LevelTimeline {
  private final String initial;
  private final Instant[] at;
  private final String[] to;

  private LevelTimeline(String initial, Instant[] at, String[] to) {
    this.initial = initial;
    this.at = at;
    this.to = to;
  }

  /** The timeline that {@code status}'s history gives. */
  public static LevelTimeline of(TierStatus status) {
    Objects.requireNonNull(status, "status");
    List<TierChange> history = status.history();
    Instant[] at = new Instant[history.size()];
    String[] to = new String[history.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = history.get(i).at();
      to[i] = history.get(i).to();
    }
    return new LevelTimeline(history.isEmpty() ? status.level() : history.get(0).from(), at, to);
  }

  /**
   * A timeline from its parts, as {@link #initial()}, {@link #changeInstants()} and
   * {@link #changeLevels()} give them.
   *
   * @throws IllegalArgumentException if the lists differ in size or the instants go back
   */
  public static LevelTimeline of(String initial, List<Instant> changeInstants, List<String> changeLevels) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(changeInstants, "changeInstants");
    Objects.requireNonNull(changeLevels, "changeLevels");
    if (changeInstants.size() != changeLevels.size()) {
      throw new IllegalArgumentException(changeInstants.size() + " change instants but " + changeLevels.size()
          + " levels");
    }
    Instant[] at = changeInstants.toArray(new Instant[0]);
    for (int i = 1; i < at.length; i++) {
      if (at[i].isBefore(at[i - 1])) {
        throw new IllegalArgumentException("the changes go back in time: " + at[i] + " after " + at[i - 1]);
      }
    }
    return new LevelTimeline(initial, at, changeLevels.toArray(new String[0]));
  }

  /** The level held at {@code instant}: that of the last change at or before it, else the initial one. */
  public String levelAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    String level = initial;
    for (int i = 0; i < at.length && !at[i].isAfter(instant); i++) {
      level = to[i];
    }
    return level;
  }

  /** The level before the first change. */
  public String initial() {
    return initial;
  }

  /** When each change happened, oldest first. */
  public List<Instant> changeInstants() {
    return List.of(at);
  }

  /** The level each change led to, in the order of {@link #changeInstants()}. */
  public List<String> changeLevels() {
    return List.of(to);
  }
}
