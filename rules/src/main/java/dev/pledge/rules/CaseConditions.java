package dev.pledge.rules;

import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Facts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Conditions on the case being evaluated: {@code channel}, {@code priority}, {@code tag}. */
final class CaseConditions {
  private CaseConditions() {}

  /** Parameters of a condition that asks whether a value is one of a list. */
  record In(@NotEmpty List<@NotBlank String> in) {}

  static final ConditionType<In> CHANNEL = ConditionType.of("channel", In.class,
      (p, ctx) -> new OneOf("channel", p.in()));

  static final ConditionType<In> PRIORITY = ConditionType.of("priority", In.class,
      (p, ctx) -> new OneOf("priority", p.in()));

  static final ConditionType<In> TAG = ConditionType.of("tag", In.class, (p, ctx) -> new Tag(p.in()));

  /** A case fact (the channel or the priority) that is one of a list; false when the fact is absent. */
  private static final class OneOf extends Leaf {
    private final String what;
    private final boolean channel;
    private final Values wanted;

    OneOf(String what, List<String> in) {
      super(what, what + " in " + list(in));
      this.what = what;
      this.channel = what.equals("channel");
      this.wanted = new Values(in);
    }

    private Optional<String> read(Facts facts) {
      return channel ? facts.channel() : facts.priority();
    }

    @Override
    boolean holds(Facts facts) {
      // Facts keeps its Optionals, so reading one allocates nothing.
      return wanted.contains(read(facts).orElse(null));
    }

    @Override
    String detail(Facts facts) {
      return read(facts).map(v -> what + " is " + v).orElse("no " + what + " is known");
    }
  }

  /** Any of the case's tags is one of a list. */
  private static final class Tag extends Leaf {
    private final String[] wanted;

    Tag(List<String> in) {
      super("tag", "tag in " + list(in));
      this.wanted = Set.copyOf(in).toArray(String[]::new);
    }

    @Override
    boolean holds(Facts facts) {
      return containsAny(facts.tags(), wanted);
    }

    @Override
    String detail(Facts facts) {
      return facts.tags().isEmpty() ? "the case has no tags" : "tags are " + list(facts.tags());
    }
  }
}
