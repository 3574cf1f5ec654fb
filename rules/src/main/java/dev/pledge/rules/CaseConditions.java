package dev.pledge.rules;

import dev.pledge.rule.ConditionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Conditions on the case being evaluated: {@code channel}, {@code priority}, {@code tag}. */
final class CaseConditions {
  private CaseConditions() {}

  /** Parameters of a condition that asks whether a value is one of a list. */
  record In(@NotEmpty List<@NotBlank String> in) {}

  static final ConditionType<In> CHANNEL = ConditionType.of("channel", In.class,
      (p, ctx) -> oneOf("channel", p.in(), facts -> facts.channel()));

  static final ConditionType<In> PRIORITY = ConditionType.of("priority", In.class,
      (p, ctx) -> oneOf("priority", p.in(), facts -> facts.priority()));

  static final ConditionType<In> TAG = ConditionType.of("tag", In.class, (p, ctx) -> {
    Set<String> wanted = Set.copyOf(p.in());
    return new Leaf("tag", "tag in " + Leaf.list(p.in()),
        facts -> !Collections.disjoint(facts.tags(), wanted),
        facts -> facts.tags().isEmpty() ? "the case has no tags" : "tags are " + Leaf.list(facts.tags()));
  });

  private static Leaf oneOf(String what, List<String> in, Function<dev.pledge.rule.Facts, Optional<String>> read) {
    Set<String> wanted = Set.copyOf(in);
    return new Leaf(what, what + " in " + Leaf.list(in),
        facts -> read.apply(facts).map(wanted::contains).orElse(false),
        facts -> read.apply(facts).map(v -> what + " is " + v).orElse("no " + what + " is known"));
  }
}
