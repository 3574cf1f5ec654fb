package dev.pledge.cli.input;

/**
 * A set of ids held as 64-bit fingerprints in an open-addressing table: 8 to 16 bytes an id,
 * whatever its length. Two different ids share a fingerprint with probability about
 * {@code n^2 / 2^65} (one in 36 million for a million ids), which would make a grouped input look
 * ungrouped at that id: an error reported, never a wrong result.
 */
public final class IdSet {
  private long[] table = new long[1024];
  private int size;

  /** Adds {@code id}; returns whether it was new. */
  boolean add(String id) {
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, fingerprint(id));
  }

  /** Whether {@code id} was added. */
  boolean contains(String id) {
    long f = fingerprint(id);
    int mask = table.length - 1;
    for (int i = mix(f) & mask; table[i] != 0; i = (i + 1) & mask) {
      if (table[i] == f) {
        return true;
      }
    }
    return false;
  }

  private boolean insert(long[] into, long f) {
    int mask = into.length - 1;
    int i = mix(f) & mask;
    while (into[i] != 0) {
      if (into[i] == f) {
        return false;
      }
      i = (i + 1) & mask;
    }
    into[i] = f;
    if (into == table) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (long f : old) {
      if (f != 0) {
        insert(table, f);
      }
    }
  }

  /** FNV-1a over the UTF-16 units; never 0 (0 marks an empty slot). */
  private static long fingerprint(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  private static int mix(long f) {
    long z = f * 0x9E3779B97F4A7C15L;
    return (int) (z >>> 32);
  }
}
