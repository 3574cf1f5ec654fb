package dev.pledge.sla.internal;

import dev.pledge.customer.CustomerContext;
import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses the first policy whose {@code when} holds for the case's facts, and explains the last
 * choice on demand (explanations are built once, for the outcome, not at every re-selection).
 */
final class PolicySelector {
  private final List<ServicePolicy> policies;
  private final boolean anyCondition;
  private final CustomerContext customer;
  private final CaseEvent opened;
  private Facts last;

  PolicySelector(List<ServicePolicy> policies, CustomerContext customer, CaseEvent opened) {
    this.policies = policies;
    boolean conditions = policies.isEmpty();
    for (ServicePolicy p : policies) {
      conditions |= p.when().isPresent();
    }
    this.anyCondition = conditions;
    this.customer = customer;
    this.opened = opened;
  }

  /** The policy for the case with {@code priority} at {@code at}, or null when none matches. */
  ServicePolicy select(Instant at, String priority) {
    if (!anyCondition) {
      return policies.get(0); // facts are needed only when some policy has a condition
    }
    last = Facts.builder()
        .customer(customer.customer())
        .levels(customer.levels())
        .channel(opened.channel().orElseThrow())
        .priority(priority)
        .tags(opened.tags())
        .caseAttributes(opened.attributes())
        .asOf(at)
        .build();
    for (ServicePolicy p : policies) {
      Optional<Condition> when = p.when();
      if (when.isEmpty() || when.get().test(last)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Explains the last selection, later and in any thread: captures the facts it was made on.
   */
  Supplier<Explanation> explainer() {
    Facts facts = last;
    List<ServicePolicy> tried = policies;
    return () -> explain(tried, facts);
  }

  /** Why the selection on {@code last} chose what it chose: each policy tried, to the first match. */
  private static Explanation explain(List<ServicePolicy> policies, Facts last) {
    List<Explanation> tried = new ArrayList<>();
    String chosen = null;
    for (ServicePolicy p : policies) {
      Optional<Condition> when = p.when();
      Explanation e;
      if (when.isEmpty()) {
        e = Explanation.leaf("policy " + p.id(), true, "no \"when\": applies to every case");
      } else {
        Explanation inner = when.get().explain(last);
        e = new Explanation("policy " + p.id(), inner.held(), "", List.of(inner));
      }
      tried.add(e);
      if (e.held()) {
        chosen = p.id();
        break;
      }
    }
    String detail = chosen == null
        ? "no policy matched: the case is unpromised"
        : "chose " + chosen + " (policy " + tried.size() + " of " + policies.size() + ")";
    return new Explanation("first matching service policy", chosen != null, detail, tried);
  }
}
