package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.internal.CaseReplay;
import dev.pledge.sla.internal.ClockSet;
import dev.pledge.sla.internal.Clocks;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures cases against an ordered list of {@link ServicePolicy}: the first policy whose
 * {@code when} holds makes the promise. Immutable and thread-safe; evaluation is a pure function of
 * its arguments.
 */
public final class SlaEngine {
  private final List<ServicePolicy> policies;
  private final ClockSet clocks; // a metric no policy targets is never tracked

  private SlaEngine(List<ServicePolicy> policies) {
    this.policies = policies;
    this.clocks = Clocks.targeted(policies);
  }

  /**
   * An engine over {@code policies}, tried in the given order.
   *
   * @throws RepeatedValueException if two policies share an id; its field is {@code policies/<i>/id}
   *     for the second, {@code i} counting from 0
   * @throws InvalidValueException if a policy targets a metric made with {@link Metric#of} whose
   *     clock is not registered
   */
  public static SlaEngine of(List<ServicePolicy> policies) {
    List<ServicePolicy> copy = List.copyOf(Objects.requireNonNull(policies, "policies"));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < copy.size(); i++) {
      Integer first = ids.putIfAbsent(copy.get(i).id(), i);
      if (first != null) {
        throw new RepeatedValueException("policies/" + i + "/id", "policies/" + first, "policy id",
            copy.get(i).id(), "it was first used at ");
      }
    }
    return new SlaEngine(copy);
  }

  /** The policies, in the order they are tried. */
  public List<ServicePolicy> policies() {
    return policies;
  }

  /** The policy named {@code id}, if there is one. */
  public Optional<ServicePolicy> policy(String id) {
    Objects.requireNonNull(id, "id");
    return policies.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Replays one case's events up to {@code asOf} and measures every promised metric instance.
   *
   * <p>Events are ordered by {@code at}, ties keeping their order in {@code events}; of events
   * sharing an id only the first (in that order) counts. The whole list is checked, including
   * events after {@code asOf}, which are then ignored. A case whose {@code opened} event is after
   * {@code asOf} has no outcome yet ({@link CaseOutcome.Promise#NOT_YET_OPENED}).
   *
   * @param events the events of one case, in any order
   * @param customer the customer and their level per program, for the policies' conditions
   * @param asOf the evaluation instant; nothing after it is seen
   * @throws dev.pledge.InvalidValueException if {@code events} is empty
   * @throws UnknownCaseException if there is no {@code opened} event, or an event names another case
   * @throws EventBeforeOpenedException if an event comes before {@code opened}
   * @throws ClosedCaseException if a status change follows {@code closed}
   * @throws InvalidCaseEventException if the case is opened twice
   */
  public CaseOutcome evaluate(List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    return CaseReplay.run(policies, clocks, events, customer, asOf);
  }

  @Override
  public String toString() {
    return "SlaEngine" + policies.stream().map(ServicePolicy::id).toList();
  }
}
