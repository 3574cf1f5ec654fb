package dev.pledge.measure;

import java.time.Instant;

/**
 * What {@link Measures} keeps of a customer: their level changes (as slots of the settings'
 * levels) and churn instants.
 */
final class Track {
  final int initial;
  final Instant[] changes;
  final int[] to;
  Instant[] churns = new Instant[0];

  Track(int initial, Instant[] changes, int[] to) {
    this.initial = initial;
    this.changes = changes;
    this.to = to;
  }

  /** The level's slot at {@code at}: that of the last change at or before it. */
  int levelAt(Instant at) {
    int slot = initial;
    for (int i = 0; i < changes.length && !changes[i].isAfter(at); i++) {
      slot = to[i];
    }
    return slot;
  }

  /** Whether a churn falls in {@code (from, to]}. */
  boolean churnedWithin(Instant from, Instant to) {
    for (Instant c : churns) {
      if (c.isAfter(from) && !c.isAfter(to)) {
        return true;
      }
    }
    return false;
  }
}
