package dev.pledge.benchmarks.tier;

import dev.pledge.customer.Customer;
import dev.pledge.rule.Facts;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierMetric;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline: the obvious replay. At every activity it re-runs every metric over all of the
 * period's activities so far and builds fresh facts to test the levels, so a period of {@code n}
 * activities costs {@code O(n^2)}. Handles calendar years, upgrades and to-qualified reviews only
 * (enough to do the same work as the engine on the benchmark's stream).
 */
final class NaiveTierReplay {
  private NaiveTierReplay() {}

  static String level(TierProgram program, Customer customer, List<Activity> input, Instant asOf) {
    List<Activity> acts = new ArrayList<>();
    for (Activity a : input) {
      if (a.customer().equals(customer.id()) && !a.at().isAfter(asOf)) {
        acts.add(a);
      }
    }
    acts.sort(Comparator.comparing(Activity::at));
    Set<String> ids = new HashSet<>();
    acts.removeIf(a -> a.id().isPresent() && !ids.add(a.id().get()));
    int level = 0;
    int periodStart = 0;
    int year = acts.isEmpty() ? 0 : year(program, acts.get(0).at());
    for (int i = 0; i < acts.size(); i++) {
      int y = year(program, acts.get(i).at());
      if (y != year) {
        level = qualified(program, customer, acts.subList(periodStart, i));
        periodStart = i;
        year = y;
      }
      level = Math.max(level, qualified(program, customer, acts.subList(periodStart, i + 1)));
    }
    return program.levels().get(level).id();
  }

  private static int year(TierProgram program, Instant t) {
    return ZonedDateTime.ofInstant(t, program.zone()).getYear();
  }

  private static int qualified(TierProgram program, Customer customer, List<Activity> period) {
    Facts.Builder facts = Facts.builder().customer(customer);
    for (TierMetric m : program.metrics().values()) {
      var acc = m.metric().start();
      for (Activity a : period) {
        if (m.where().test(a)) {
          acc.add(a);
        }
      }
      facts.metric(m.name(), acc.value());
    }
    Facts f = facts.build();
    for (int l = program.levels().size() - 1; l > 0; l--) {
      var q = program.levels().get(l).qualify();
      if (q.isPresent() && q.get().test(f)) {
        return l;
      }
    }
    return 0;
  }

}
