package dev.pledge.config.internal;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the checked {@code servicePolicies} into an {@link SlaEngine}, through the same
 * {@link ServicePolicy} builder Java users call, with the calendars the calendar section built.
 */
final class SlaSection {
  private final Map<String, Compiled.Calendar> calendars;

  private SlaSection(Map<String, Compiled.Calendar> calendars) {
    this.calendars = calendars;
  }

  /** The engine over the checked {@code policies}, in document order. */
  static SlaEngine engine(List<Compiled.Policy> policies, Map<String, Compiled.Calendar> calendars) {
    SlaSection section = new SlaSection(calendars);
    List<ServicePolicy> out = new ArrayList<>();
    for (Compiled.Policy p : policies) {
      section.policy(p).ifPresent(out::add);
    }
    return SlaEngine.of(out);
  }

  private Optional<ServicePolicy> policy(Compiled.Policy compiled) {
    ServicePolicyConfig c = compiled.config();
    Optional<BusinessCalendar> calendar = calendar(c.calendar());
    if (calendar.isEmpty()) {
      return Optional.empty(); // an unknown or rejected calendar was reported already
    }
    ServicePolicy.Builder b = ServicePolicy.builder(c.id()).calendar(calendar.get())
        .objective(c.objective());
    compiled.when().ifPresent(b::when);
    c.targets().forEach((metric, target) -> b.target(metric(metric), target));
    return Optional.of(b.build());
  }

  private static Metric metric(ServicePolicyConfig.SlaMetric metric) {
    return Metric.valueOf(metric.name());
  }

  private Optional<BusinessCalendar> calendar(String name) {
    // A calendar missing here was unknown or rejected, and that was reported at its pointer.
    return Optional.ofNullable(calendars.get(name)).map(Compiled.Calendar::calendar);
  }
}
