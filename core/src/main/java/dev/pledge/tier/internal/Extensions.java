package dev.pledge.tier.internal;

import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code extension} events of one replay: each keeps the earned level at the next
 * {@code reviews} reviews at or after its instant. Read from all the replayed activities before the
 * replay starts, so that an extension at a boundary instant covers that boundary's review whatever
 * the order of the events at that instant. Not thread-safe.
 */
final class Extensions {
  /** An extension received at {@code at}, with the reviews it still covers. */
  private static final class Extension {
    final Instant at;
    int remaining;

    Extension(Instant at, int remaining) {
      this.at = at;
      this.remaining = remaining;
    }
  }

  private final List<Extension> all = new ArrayList<>(0);

  /**
   * The extensions of {@code program} among {@code activities} (already those of one customer).
   *
   * @throws dev.pledge.InvalidValueException for an extension without a whole number of reviews >= 1
   */
  Extensions(List<Activity> activities, TierProgram program) {
    for (Activity a : activities) {
      if (a.kind().equals(Membership.EXTENSION) && Membership.isFor(a, program)) {
        all.add(new Extension(a.at(), Membership.reviews(a)));
      }
    }
  }

  /** The review at {@code b}: whether an extension received at or before it covers it; each that does counts it. */
  boolean review(Instant b) {
    boolean covered = false;
    for (Extension e : all) {
      if (!e.at.isAfter(b) && e.remaining > 0) {
        e.remaining--;
        covered = true;
      }
    }
    return covered;
  }

  /** How many of the next reviews the extensions received at or before {@code now} cover. */
  int covering(Instant now) {
    int most = 0;
    for (Extension e : all) {
      if (!e.at.isAfter(now)) {
        most = Math.max(most, e.remaining);
      }
    }
    return most;
  }
}
