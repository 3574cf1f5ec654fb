package dev.pledge.calendar.internal;

import java.time.Instant;

/**
 * The materialised blocks of one calendar: a window of consecutive {@link Block}s with the working
 * seconds accumulated before each, grown on demand and published as an immutable snapshot, so
 * readers never lock and a query over many years is a binary search, not a loop.
 */
final class Timeline {

  /**
   * The most blocks held at once, about 1,200 years: more than the longest span a query may
   * cover ({@link SupportedRange#LONGEST_SPAN} touches at most 1,003 blocks).
   */
  static final int MAX_BLOCKS = 1_200;

  private final String name;
  private final Schedule schedule;
  private volatile Window window;

  Timeline(String name, Schedule schedule) {
    this.name = name;
    this.schedule = schedule;
    this.window = new Window(0, new Block[0], new long[] {0});
  }

  /** A snapshot holding every block from {@code lo} to {@code hi}, both inclusive. */
  Window covering(long lo, long hi) {
    Window w = window;
    if (w.covers(lo) && w.covers(hi)) {
      return w;
    }
    return grow(lo, hi);
  }

  private synchronized Window grow(long lo, long hi) {
    Window w = window;
    if (w.covers(lo) && w.covers(hi)) {
      return w;
    }
    if (hi - lo + 1 > MAX_BLOCKS) {
      // Callers keep to SupportedRange.LONGEST_SPAN, so this is a bug.
      throw new IllegalStateException(
          "calendar \"" + name + "\": blocks " + lo + " to " + hi + " are more than " + MAX_BLOCKS);
    }
    long newLo = lo;
    long newHi = hi;
    if (w.size() > 0) {
      long unionLo = Math.min(lo, w.lo);
      long unionHi = Math.max(hi, w.lo + w.size() - 1);
      if (unionHi - unionLo + 1 <= MAX_BLOCKS) {
        newLo = unionLo;
        newHi = unionHi;
      }
    }
    Block[] blocks = new Block[(int) (newHi - newLo + 1)];
    long[] cumulative = new long[blocks.length + 1];
    for (int i = 0; i < blocks.length; i++) {
      long index = newLo + i;
      blocks[i] = w.covers(index) ? w.block(index) : Block.build(schedule, index);
      cumulative[i + 1] = cumulative[i] + blocks[i].totalSeconds;
    }
    Window grown = new Window(newLo, blocks, cumulative);
    window = grown;
    return grown;
  }

  /**
   * The block index of {@code at}, after checking that it lies in the supported range. Indices of
   * blocks before 1970 are negative.
   *
   * @throws dev.pledge.InvalidValueException naming {@code field} and the range if it does not
   */
  long indexOf(String field, Instant at) {
    return Block.indexOf(SupportedRange.check(name, field, at).getEpochSecond());
  }

  /** An immutable run of consecutive blocks with cumulative working seconds. */
  static final class Window {
    /** No block; not -1, which is the index of the block of 1969. */
    static final long NONE = Long.MIN_VALUE;

    final long lo;
    private final Block[] blocks;
    /** {@code cumulative[i]}: working seconds in the window before block {@code lo + i}. */
    private final long[] cumulative;

    Window(long lo, Block[] blocks, long[] cumulative) {
      this.lo = lo;
      this.blocks = blocks;
      this.cumulative = cumulative;
    }

    int size() {
      return blocks.length;
    }

    boolean covers(long index) {
      return index >= lo && index < lo + blocks.length;
    }

    Block block(long index) {
      return blocks[(int) (index - lo)];
    }

    /** Working seconds in the window before block {@code index}. */
    long secondsBefore(long index) {
      return cumulative[(int) (index - lo)];
    }

    /**
     * The first block at or after {@code from} whose end lies more than {@code seconds} working
     * seconds into the window, or {@link #NONE} if the window ends first.
     */
    long firstBlockEndingAfter(long from, long seconds) {
      int low = (int) (from - lo);
      int high = blocks.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (cumulative[mid + 1] > seconds) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low == blocks.length ? NONE : lo + low;
    }

    /** The last block index in the window. */
    long last() {
      return lo + blocks.length - 1;
    }
  }
}
