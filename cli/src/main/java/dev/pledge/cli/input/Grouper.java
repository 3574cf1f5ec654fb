package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects input records into groups by key (a customer's activities, a case's events) and hands
 * each whole group to a sink.
 *
 * <p>In <em>grouped</em> mode the input promises that each key's records are consecutive: a group
 * is handed over as soon as the next key starts, so memory holds one group (plus 8 to 16 bytes per
 * finished key, to catch a key that comes back, which is rejected). Otherwise every group is held
 * until {@link #finish}, and handed over in order of first appearance.
 *
 * @param <T> the record type
 */
public final class Grouper<T> {
  /** A record and its line number. */
  public record Item<T>(long line, T value) {}

  /** Receives a whole group. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(String key, List<Item<T>> items);
  }

  private final boolean grouped;
  private final String noun;
  private final String flag;
  private final Sink<T> sink;
  private final Map<String, List<Item<T>>> held = new LinkedHashMap<>();
  private final IdSet finished = new IdSet();
  private String currentKey;
  private List<Item<T>> current = new ArrayList<>();
  private long heldItems;

  /**
   * @param grouped whether the input is grouped by key
   * @param noun what a key names, for messages ({@code "case"})
   * @param sink receives each group
   */
  public Grouper(boolean grouped, String noun, Sink<T> sink) {
    this(grouped, noun, "--grouped", sink);
  }

  /** A grouper whose messages name {@code flag} as the option that promised grouped input. */
  public Grouper(boolean grouped, String noun, String flag, Sink<T> sink) {
    this.grouped = grouped;
    this.noun = Objects.requireNonNull(noun, "noun");
    this.flag = Objects.requireNonNull(flag, "flag");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Adds a record, handing over the previous group first when a new key starts in grouped mode.
   *
   * @throws PledgeException in grouped mode, if {@code key}'s group has already ended
   */
  public void add(String key, long line, T value) {
    if (!grouped) {
      held.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item<>(line, value));
      heldItems++;
      return;
    }
    if (!key.equals(currentKey)) {
      if (finished.contains(key)) {
        throw new PledgeException(noun + " \"" + key + "\" was already evaluated: with " + flag + " "
            + "each " + noun + "'s lines must be consecutive");
      }
      flush();
      currentKey = key;
    }
    current.add(new Item<>(line, value));
  }

  /**
   * Runs {@code reading} (the pipeline that calls {@link #add}); if the heap runs out while input
   * is held, drops what is held and stops with one clear message instead of a stack trace. (A
   * group's evaluation that runs out is the group's failure, reported by the sink; this is the
   * reading itself, which cannot go on past a line it lost.) Groups handed over before stay handed
   * over: in grouped mode their output is written.
   *
   * @throws HeldInputTooLargeException if the heap ran out while holding input: ungrouped, or in
   *     grouped mode one group too large for the heap
   */
  public <R> R reading(java.util.function.Supplier<R> reading) {
    try {
      return reading.get();
    } catch (OutOfMemoryError e) {
      if (grouped) {
        long lines = current.size();
        long first = current.isEmpty() ? 0 : current.get(0).line();
        String key = currentKey;
        current.clear(); // lets the held records go without allocating: the heap is full
        current = new ArrayList<>();
        currentKey = null;
        throw HeldInputTooLargeException.oneGroup(noun, key, lines, first, e);
      }
      int groups = held.size();
      held.clear();
      throw new HeldInputTooLargeException(noun, heldItems, groups);
    }
  }

  /** Hands over every group not yet handed over. */
  public void finish() {
    if (grouped) {
      flush();
    } else {
      held.forEach(sink::accept);
      held.clear();
    }
  }

  private void flush() {
    if (currentKey != null) {
      finished.add(currentKey);
      List<Item<T>> items = current;
      current = new ArrayList<>();
      String key = currentKey;
      currentKey = null;
      sink.accept(key, items);
    }
  }
}
