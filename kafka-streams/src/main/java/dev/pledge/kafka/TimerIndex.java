package dev.pledge.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keys (cases or customers) indexed by the instant at which they are to be evaluated again, in a
 * key-value store ordered by its keys' bytes: a timer's key is the instant's epoch milliseconds
 * (sign bit flipped, 16 hex digits, so that byte order is time order) then the key. Taking the
 * timers due at an instant reads only those.
 */
final class TimerIndex {
  private final KeyValueStore<String, String> store;

  TimerIndex(KeyValueStore<String, String> store) {
    this.store = store;
  }

  /** Moves {@code key}'s timer from {@code before} (if any) to {@code after} (if any; set again if the same). */
  void move(String key, Optional<Instant> before, Optional<Instant> after) {
    before.ifPresent(at -> store.delete(timerKey(at, key)));
    after.ifPresent(at -> store.put(timerKey(at, key), key));
  }

  /**
   * The keys whose timers are at or before {@code now}, earliest first, at most {@code limit} of
   * them; their timers are removed (the others stay for the next time).
   */
  List<String> takeDue(Instant now, int limit) {
    List<String> due = new ArrayList<>();
    List<String> timers = new ArrayList<>();
    // every timer key of an instant at or before now sorts before this one
    String end = prefix(now.toEpochMilli() + 1);
    try (KeyValueIterator<String, String> it = store.range(prefix(Long.MIN_VALUE), end)) {
      while (it.hasNext() && due.size() < limit) {
        KeyValue<String, String> timer = it.next();
        if (timer.key.compareTo(end) >= 0) {
          break;
        }
        timers.add(timer.key);
        due.add(timer.value);
      }
    }
    timers.forEach(store::delete);
    return due;
  }

  /** The timer's key: {@code at} rounded up to the millisecond, so that it never fires early. */
  static String timerKey(Instant at, String key) {
    long millis = at.toEpochMilli() + (at.getNano() % 1_000_000 == 0 ? 0 : 1);
    return prefix(millis) + key;
  }

  private static String prefix(long millis) {
    String hex = Long.toHexString(millis ^ Long.MIN_VALUE);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
