package dev.pledge.escalation.internal;

/**
 * What each step's condition read the last time it was found false, and when each input last
 * changed, so the sweep skips a step at candidates where none of its inputs changed. Conditions
 * are pure functions of the facts and the case history, and evaluation reads the same inputs in
 * the same order when their values are the same, so a condition that was false is false again
 * until something it read changes: skipping it changes no result. The facts change only at a new
 * policy selection ({@link #forgetAll}); the history's inputs are the {@link Cursor} read bits.
 * One per evaluation; not thread-safe.
 */
final class Inputs {
  private final long[] changedAt; // per read bit: the clock when it last changed
  private final long[] reads; // per step: the read bits of its last test
  private final long[] testedAt; // per step: the clock when it was found false; -1 none (test it)
  private final long[] keyAtTest; // per step: the instance key it was tested for
  private long clock;

  /** For {@code steps} steps whose conditions can read the bits below {@code bits}. */
  Inputs(int steps, int bits) {
    changedAt = new long[bits];
    reads = new long[steps];
    testedAt = new long[steps];
    keyAtTest = new long[steps];
    forgetAll();
  }

  /** Every step is tested again at the next candidate. */
  void forgetAll() {
    java.util.Arrays.fill(testedAt, -1);
  }

  /** Notes that the inputs of {@code bits} changed now. */
  void changed(long bits) {
    if (bits == 0) {
      return;
    }
    clock++;
    for (long m = bits; m != 0; m &= m - 1) {
      changedAt[Long.numberOfTrailingZeros(m)] = clock;
    }
  }

  /** Notes the result of testing step {@code i} for instance key {@code key}, and what it read. */
  void tested(int i, long key, long readBits, boolean held) {
    if (held || (readBits & Cursor.VOLATILE) != 0) {
      testedAt[i] = -1;
      return;
    }
    reads[i] = readBits;
    keyAtTest[i] = key;
    testedAt[i] = clock;
  }

  /** Whether step {@code i} was found false for {@code key} and nothing it read changed since. */
  boolean unchanged(int i, long key) {
    long at = testedAt[i];
    if (at < 0 || keyAtTest[i] != key) {
      return false;
    }
    for (long m = reads[i]; m != 0; m &= m - 1) {
      if (changedAt[Long.numberOfTrailingZeros(m)] > at) {
        return false;
      }
    }
    return true;
  }
}
