package dev.pledge.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * The few constant strings a condition compares a fact with, as arrays: a lookup compares hash
 * codes first (a String caches its own), so values that differ are mostly told apart without
 * reading their characters, and allocates nothing. The values are interned: facts built from
 * string literals then match by reference.
 */
final class Values {
  private final String[] values;
  private final int[] hashes;

  Values(Collection<String> values) {
    this.values = Set.copyOf(values).stream().map(String::intern).toArray(String[]::new);
    this.hashes = Arrays.stream(this.values).mapToInt(String::hashCode).toArray();
  }

  /** Whether {@code value} is one of these; false for null. Kept small, so that the JIT inlines it. */
  boolean contains(String value) {
    return value != null && find(value.hashCode(), value);
  }

  private boolean find(int hash, String value) {
    for (int i = 0; i < values.length; i++) {
      if (hashes[i] == hash && values[i].equals(value)) {
        return true;
      }
    }
    return false;
  }
}
