package dev.pledge.tier.internal;

import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the activities a replay sees: this customer's, up to {@code asOf}, in time order, ids once. */
final class Selection {
  private Selection() {}

  /**
   * The customer's activities at or before {@code asOf}, without membership events of other
   * programs, stably sorted by instant (ties keep input order), the first of a repeated id kept.
   */
  static List<Activity> select(List<Activity> input, String customer, TierProgram program, Instant asOf) {
    List<Activity> out = new ArrayList<>(input.size());
    boolean sorted = true;
    Instant last = Instant.MIN;
    for (Activity a : input) {
      if (!a.customer().equals(customer) || a.at().isAfter(asOf)
          || Membership.isMembership(a) && !Membership.isFor(a, program)) {
        continue;
      }
      if (a.at().isBefore(last)) {
        sorted = false;
      }
      last = a.at();
      out.add(a);
    }
    if (!sorted) {
      out.sort(Comparator.comparing(Activity::at));
    }
    // The ids seen so far, in an open-addressing table (linear probing) of at least twice as many
    // slots as activities: no entry objects, unlike a HashSet.
    String[] seen = null;
    int mask = 0;
    int kept = 0;
    for (int i = 0; i < out.size(); i++) {
      Activity a = out.get(i);
      if (a.id().isPresent()) {
        if (seen == null) {
          seen = new String[Integer.highestOneBit(Math.max(4, out.size()) * 2) * 2];
          mask = seen.length - 1;
        }
        if (!add(seen, mask, a.id().get())) {
          continue;
        }
      }
      out.set(kept++, a);
    }
    return kept == out.size() ? out : out.subList(0, kept);
  }

  /** Adds {@code id} to the table; false if it was there already. */
  private static boolean add(String[] table, int mask, String id) {
    int h = id.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      String s = table[i];
      if (s == null) {
        table[i] = id;
        return true;
      }
      if (s.equals(id)) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }
}
