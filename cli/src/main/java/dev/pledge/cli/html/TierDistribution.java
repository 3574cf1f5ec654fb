package dev.pledge.cli.html;

import dev.pledge.cli.input.ActivitiesFile;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.Pledge;
import dev.pledge.tier.TierLevel;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many customers hold each level of each tier program at an instant: every customer of the
 * customers file and every customer with activities, evaluated as {@code pledge tiers} does.
 *
 * @param programs one entry per program, in document order
 */
public record TierDistribution(List<Program> programs) {

  /**
   * One program's counts.
   *
   * @param name the program's name
   * @param levels customers per level, lowest level first, every level listed
   * @param failed customers whose activities the program could not replay (a bad membership
   *     event, or a failure inside Pledge)
   */
  record Program(String name, Map<String, Long> levels, long failed) {
    long customers() {
      return levels.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Evaluates every customer in every program of {@code pledge} at {@code asOf}. */
  public static TierDistribution of(Pledge pledge, CustomersFile customers, ActivitiesFile activities, Instant asOf) {
    Set<String> ids = new LinkedHashSet<>();
    customers.ids().forEach(ids::add);
    activities.customers().forEach(ids::add);
    List<Program> programs = new ArrayList<>();
    for (String name : pledge.tierNames()) {
      TierProgram program = pledge.tiers(name);
      Map<String, Long> levels = new LinkedHashMap<>();
      for (TierLevel level : program.levels()) {
        levels.put(level.id(), 0L);
      }
      long failed = 0;
      for (String id : ids) {
        try {
          String level = program.evaluate(customers.customer(id), activities.of(id), asOf).level();
          levels.merge(level, 1L, Long::sum);
        } catch (RuntimeException | StackOverflowError e) {
          // a customer the program cannot replay, or a bug on this customer: counted on the page
          failed++;
        }
      }
      programs.add(new Program(name, levels, failed));
    }
    return new TierDistribution(List.copyOf(programs));
  }
}
