package dev.pledge.cli.command;

import dev.pledge.cli.input.ActivitiesFile;
import dev.pledge.cli.input.CustomersFile;
import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer of a case and their level in each program, for choosing the case's policy: from the
 * {@code tiers} object of the customers file, or, when activities are given, from the tier
 * programs evaluated at the case's opening (at {@code asOf} if the case opens later). A customer
 * not in the customers file is known by id only.
 */
public final class CaseLevels {
  private final CustomersFile customers;
  private final Optional<ActivitiesFile> activities;
  private final Optional<LevelHistories> histories;
  private final List<TierProgram> programs;

  private CaseLevels(CustomersFile customers, Optional<ActivitiesFile> activities,
      Optional<LevelHistories> histories, List<TierProgram> programs) {
    this.customers = customers;
    this.activities = activities;
    this.histories = histories;
    this.programs = programs;
  }

  /** Levels as the customers file states them. */
  static CaseLevels fromFile(CustomersFile customers) {
    return new CaseLevels(customers, Optional.empty(), Optional.empty(), List.of());
  }

  /** Levels from every program of {@code pledge}, replaying {@code activities}. */
  static CaseLevels fromTiers(CustomersFile customers, ActivitiesFile activities, Pledge pledge) {
    return new CaseLevels(customers, Optional.of(activities), Optional.empty(),
        pledge.tierNames().stream().map(pledge::tiers).toList());
  }

  /**
   * Levels from every program of {@code pledge}, as {@code histories} kept them (programs in
   * document order); a customer not kept is evaluated without activities.
   */
  static CaseLevels fromHistories(CustomersFile customers, LevelHistories histories, Pledge pledge) {
    return new CaseLevels(customers, Optional.empty(), Optional.of(histories),
        pledge.tierNames().stream().map(pledge::tiers).toList());
  }

  /**
   * The customer named by the case's {@code opened} event, with levels. Without an {@code opened}
   * event (the engine then rejects the case) a placeholder customer is returned.
   *
   * @throws dev.pledge.PledgeException if a tier program cannot replay the customer's activities
   */
  CustomerContext of(List<CaseEvent> events, Instant asOf) {
    CaseEvent opened = null;
    for (CaseEvent e : events) {
      if (e.type() == CaseEventType.OPENED && e.customer().isPresent()
          && (opened == null || e.at().isBefore(opened.at()))) {
        opened = e;
      }
    }
    if (opened == null) {
      return CustomerContext.of(Customer.of("?"));
    }
    CustomerContext context = customers.context(opened.customer().get());
    if (activities.isEmpty() && histories.isEmpty()) {
      return context;
    }
    Instant at = opened.at().isBefore(asOf) ? opened.at() : asOf;
    String id = context.customer().id();
    List<Activity> own = activities.map(a -> a.of(id)).orElse(List.of());
    for (int p = 0; p < programs.size(); p++) {
      TierProgram program = programs.get(p);
      int index = p;
      Optional<String> kept = histories.flatMap(h -> h.levelAt(id, index, at));
      context = context.withLevel(program.name(), kept.isPresent() ? kept.get()
          : program.evaluate(context.customer(), own, at).level());
    }
    return context;
  }
}
