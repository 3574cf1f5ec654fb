package dev.pledge.config.internal;

import dev.pledge.RepeatedValueException;
import dev.pledge.calendar.BusinessCalendar;
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

  /**
   * The engine over the checked {@code policies}, in document order. What {@link SlaEngine#of}
   * rejects (a repeated id) is a problem at the policy's pointer; the engine is then empty.
   */
  static SlaEngine engine(List<Compiled.Policy> policies, Map<String, Compiled.Calendar> calendars,
      Problems problems) {
    SlaSection section = new SlaSection(calendars);
    List<ServicePolicy> out = new ArrayList<>();
    List<String> at = new ArrayList<>();
    for (Compiled.Policy p : policies) {
      section.policy(p, problems).ifPresent(built -> {
        out.add(built);
        at.add(p.at());
      });
    }
    try {
      return SlaEngine.of(out);
    } catch (RepeatedValueException e) {
      // The engine's fields are policies/<i>/..., i counting the policies it was given.
      problems.add(pointer(e.field(), at), e.message(pointer(e.first(), at)));
      return SlaEngine.of(List.of());
    }
  }

  /** {@code policies/<i>/rest} as the JSON Pointer of the i-th built policy, then {@code /rest}. */
  private static String pointer(String field, List<String> at) {
    String[] parts = field.split("/", 3);
    return at.get(Integer.parseInt(parts[1])) + (parts.length > 2 ? "/" + parts[2] : "");
  }

  private Optional<ServicePolicy> policy(Compiled.Policy compiled, Problems problems) {
    ServicePolicyConfig c = compiled.config();
    Optional<BusinessCalendar> calendar = calendar(c.calendar());
    if (calendar.isEmpty()) {
      return Optional.empty(); // an unknown or rejected calendar was reported already
    }
    ServicePolicy.Builder b = ServicePolicy.builder(c.id()).calendar(calendar.get())
        .objective(c.objective());
    compiled.when().ifPresent(b::when);
    int before = problems.count();
    // Each target on its own, so that every bad one is reported at its pointer.
    c.targets().forEach((metric, target) -> Problems.built(problems, compiled.at(), () ->
        target.pauseOn() == null ? b.target(metric, target.within())
            : b.target(metric, target.within(), target.pauseOn())));
    return problems.count() == before ? Optional.of(b.build()) : Optional.empty();
  }

  private Optional<BusinessCalendar> calendar(String name) {
    // A calendar missing here was unknown or rejected, and that was reported at its pointer.
    return Optional.ofNullable(calendars.get(name)).map(Compiled.Calendar::calendar);
  }
}
