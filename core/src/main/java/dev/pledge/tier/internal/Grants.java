package dev.pledge.tier.internal;

import dev.pledge.rule.Condition;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierChallenge;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The levels a customer holds without earning them in a period: the running subscription, the
 * running overrides and the challenges whose window is open. A later subscription event replaces
 * the earlier one: it renews, changes or, with an {@code until} not after its start, cancels it.
 * A subscription event with a {@code from} after its own instant is queued: the running
 * subscription holds until then (or its own end, if earlier), and the queued one starts then; a
 * later subscription event replaces a queued one too. Overrides are independent floors, each until
 * its own {@code until}.
 */
final class Grants {
  private final TierProgram program;
  private Grant subscription;
  /** A subscription that starts at {@link #queuedFrom}, replacing the running one; null if none. */
  private Grant queued;
  private Instant queuedFrom;
  private final List<Grant> overrides = new ArrayList<>(0);
  private final List<Running> challenges = new ArrayList<>(0);

  Grants(TierProgram program) {
    this.program = program;
  }

  private record Grant(int level, Instant until, Optional<String> note) {}

  private record Running(int level, Instant end, Condition qualify, MetricSet metrics) {}

  /** Applies a membership event of this program at its instant. */
  void apply(Activity a, PeriodClock clock, Replay replay) {
    if (!Membership.isFor(a, program)) {
      return;
    }
    if (a.kind().equals(Membership.EXTENSION)) {
      return; // read before the replay by Extensions
    }
    int level = Membership.level(a, program);
    Instant t = a.at();
    switch (a.kind()) {
      case Membership.SUBSCRIPTION -> {
        String id = program.levels().get(level).id();
        if (!program.subscriptions().contains(id)) {
          throw Membership.fail(a, "level", "level '" + id + "' is not sold as a subscription in program '"
              + program.name() + "'; subscriptions: " + program.subscriptions());
        }
        Instant until = Membership.until(a, clock);
        Instant from = Membership.from(a, clock).filter(f -> f.isAfter(t)).orElse(t);
        Grant plan = until.isAfter(from) ? new Grant(level, until, Optional.empty()) : null;
        if (from.equals(t)) {
          subscription = plan;
          queued = null;
          queuedFrom = null;
        } else {
          // Queued: a null plan still ends the running one at from (a cancellation from a date).
          queued = plan;
          queuedFrom = from;
        }
      }
      case Membership.OVERRIDE -> {
        Instant until = Membership.until(a, clock);
        if (until.isAfter(t)) {
          overrides.add(new Grant(level, until, Membership.note(a)));
        }
      }
      default -> {
        String id = program.levels().get(level).id();
        TierChallenge c = replay.challenge(id);
        if (c == null) {
          throw Membership.fail(a, "level", "program '" + program.name() + "' has no challenge for level '" + id
              + "'; challenges: " + program.challenges().keySet());
        }
        Instant end = clock.midnight(clock.date(t).plusDays(c.days()));
        challenges.add(new Running(level, end, c.qualify(), replay.newMetrics()));
      }
    }
  }

  /** Counts an activity in the open challenges; a challenge met turns into an earned level. */
  void count(Activity a, boolean[] pass, Instant t, Replay replay) {
    if (challenges.isEmpty()) {
      return;
    }
    for (Iterator<Running> it = challenges.iterator(); it.hasNext(); ) {
      Running c = it.next();
      c.metrics().add(a, pass);
      if (c.qualify().test(c.metrics().facts())) {
        it.remove();
        replay.challengeMet(c.level(), t);
      }
    }
  }

  /** The exclusive end of the running subscription: its until, or a queued change's start if earlier. */
  private Instant subscriptionEnd() {
    return queuedFrom != null && queuedFrom.isBefore(subscription.until()) ? queuedFrom : subscription.until();
  }

  /** The earliest instant a grant ends or a queued subscription starts, or {@link Instant#MAX}. */
  Instant nextExpiry() {
    Instant next = Instant.MAX;
    if (subscription != null && subscriptionEnd().isBefore(next)) {
      next = subscriptionEnd();
    }
    if (queuedFrom != null && queuedFrom.isBefore(next)) {
      next = queuedFrom;
    }
    for (Grant o : overrides) {
      if (o.until().isBefore(next)) {
        next = o.until();
      }
    }
    for (Running c : challenges) {
      if (c.end().isBefore(next)) {
        next = c.end();
      }
    }
    return next;
  }

  /** Drops every grant that ends at or before {@code t}; starts a queued subscription whose start has come. */
  void expire(Instant t) {
    if (subscription != null && !subscriptionEnd().isAfter(t)) {
      subscription = null;
    }
    if (queuedFrom != null && !queuedFrom.isAfter(t)) {
      subscription = queued;
      queued = null;
      queuedFrom = null;
    }
    overrides.removeIf(o -> !o.until().isAfter(t));
    challenges.removeIf(c -> !c.end().isAfter(t));
  }

  /** The highest level granted, or 0. */
  int highest() {
    int max = 0;
    if (subscription != null) {
      max = subscription.level();
    }
    for (Grant o : overrides) {
      max = Math.max(max, o.level());
    }
    for (Running c : challenges) {
      max = Math.max(max, c.level());
    }
    return max;
  }

  /** The grants that give {@code level}, in the order subscription, challenges, overrides. */
  List<Replay.Winner> holding(int level) {
    List<Replay.Winner> out = new ArrayList<>(2);
    if (subscription != null && subscription.level() == level) {
      out.add(new Replay.Winner(TierReason.SUBSCRIPTION, Optional.of(subscriptionEnd()), Optional.empty()));
    }
    for (Running c : challenges) {
      if (c.level() == level) {
        out.add(new Replay.Winner(TierReason.CHALLENGE, Optional.of(c.end()), Optional.empty()));
      }
    }
    for (Grant o : overrides) {
      if (o.level() == level) {
        out.add(new Replay.Winner(TierReason.OVERRIDE, Optional.of(o.until()), o.note()));
      }
    }
    return out;
  }
}
