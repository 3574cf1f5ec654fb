package dev.pledge.tier.internal;

import dev.pledge.tier.PeriodResults;
import dev.pledge.tier.TierProgram;
import java.util.Arrays;

/** The results of one replay's completed periods, as level indexes, oldest first. Not thread-safe. */
final class PeriodLog implements PeriodResults {
  private final TierProgram program;
  private int[] results = new int[8];
  private int size;

  PeriodLog(TierProgram program) {
    this.program = program;
  }

  /** A period was completed with {@code result} (a level index). */
  void add(int result) {
    if (size == results.length) {
      results = Arrays.copyOf(results, size * 2);
    }
    results[size++] = result;
  }

  @Override
  public int atLeast(String level) {
    java.util.Objects.requireNonNull(level, "level");
    int rank = program.rank(level).orElse(Integer.MAX_VALUE);
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (results[i] >= rank) {
        n++;
      }
    }
    return n;
  }

  @Override
  public int longestRunAtLeast(String level) {
    java.util.Objects.requireNonNull(level, "level");
    int rank = program.rank(level).orElse(Integer.MAX_VALUE);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < size; i++) {
      run = results[i] >= rank ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
