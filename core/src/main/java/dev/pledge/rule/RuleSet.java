package dev.pledge.rule;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, ordered list of rules that an application calls: in {@link Mode#FIRST} mode the first
 * rule whose condition holds is the answer; in {@link Mode#ALL} mode every such rule, in order.
 * Immutable and thread-safe.
 */
public final class RuleSet {

  /** How many rules may match. */
  public enum Mode {
    /** The first matching rule only. */
    FIRST("first"),
    /** Every matching rule, in order. */
    ALL("all");

    private final String wireName;

    Mode(String wireName) {
      this.wireName = wireName;
    }

    /** The name as written in JSON ({@code first}, {@code all}). */
    @JsonValue
    public String wireName() {
      return wireName;
    }

    /** The mode written {@code name} in JSON, or empty if there is none. */
    public static Optional<Mode> fromWireName(String name) {
      Objects.requireNonNull(name, "name");
      return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
      return wireName;
    }
  }

  /**
   * A rule: an id, a condition (empty holds always) and the payload it answers with.
   *
   * @param id the rule's id, unique in its set
   * @param when the condition, or empty for a rule that always holds
   * @param then the payload, as a JSON tree
   */
  public record Rule(String id, Optional<Condition> when, JsonNode then) {
    /** Checks the components. */
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(when, "when");
      then = Objects.requireNonNull(then, "then").deepCopy();
    }

    /** The payload, as a copy of the rule's. */
    @Override
    public JsonNode then() {
      return then.deepCopy();
    }
  }

  private final String name;
  private final Mode mode;
  private final List<Rule> rules;
  // The fast path, built once: the rules' conditions compiled (RuleSetCode), and each rule's
  // match alone in a list, so that a first-mode evaluation allocates only its result.
  private final Condition[] conditions;
  private final Code code;
  private final List<List<RuleResult.Match>> alone;

  /** Compiled conditions: the index of the first rule at or after {@code from} that holds, or -1. */
  interface Code {
    int first(Facts facts, int from);
  }

  /**
   * @param name the set's name
   * @param mode first or all
   * @param rules the rules, in order; ids must be unique
   * @throws InvalidValueException for an empty list; {@link RepeatedValueException} for a repeated id
   */
  public RuleSet(String name, Mode mode, List<Rule> rules) {
    this.name = Objects.requireNonNull(name, "name");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    if (this.rules.isEmpty()) {
      throw new InvalidValueException("rules", "rule set '" + name + "' needs at least one rule");
    }
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < this.rules.size(); i++) {
      String id = this.rules.get(i).id();
      Integer first = ids.putIfAbsent(id, i);
      if (first != null) {
        throw new RepeatedValueException("rules/" + i + "/id", "rules/" + first, "rule id", id, "first at ");
      }
    }
    conditions = this.rules.stream().map(r -> r.when().orElse(null)).toArray(Condition[]::new);
    code = compile(conditions);
    alone = this.rules.stream().map(r -> List.of(new RuleResult.Match(r.id(), r.then))).toList();
  }

  /** The set's name. */
  public String name() {
    return name;
  }

  /** The mode. */
  public Mode mode() {
    return mode;
  }

  /** The rules, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Evaluates the rules against {@code facts}, in order. Only the conditions are tested here; the
   * result's {@link RuleResult#trace() trace} explains each rule tried when it is first asked for.
   */
  public RuleResult evaluate(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    if (mode == Mode.FIRST) {
      int i = code.first(facts, 0);
      return i < 0 ? new RuleResult(this, List.of(), facts, conditions.length)
          : new RuleResult(this, alone.get(i), facts, i + 1);
    }
    List<RuleResult.Match> matched = new ArrayList<>();
    for (int i = code.first(facts, 0); i >= 0; i = code.first(facts, i + 1)) {
      matched.add(alone.get(i).get(0));
    }
    return new RuleResult(this, List.copyOf(matched), facts, conditions.length);
  }

  /**
   * The conditions compiled: the bytes of {@link RuleSetCode} defined as a hidden class for every
   * 16 rules, each with its rules' conditions as method handles (a rule without one always holds).
   * The classes go with the rule set: nothing holds them once it is unreachable.
   */
  private static Code compile(Condition[] conditions) {
    byte[] template = Template.BYTES;
    Code next = null;
    int chunks = (conditions.length + RuleSetCode.RULES - 1) / RuleSetCode.RULES;
    for (int chunk = chunks - 1; chunk >= 0; chunk--) {
      List<Object> data = new ArrayList<>(RuleSetCode.RULES + 1);
      for (int k = 0; k < RuleSetCode.RULES; k++) {
        int i = chunk * RuleSetCode.RULES + k;
        data.add(i >= conditions.length ? Conditions.always(false)
            : conditions[i] == null ? Conditions.always(true) : Conditions.handle(conditions[i]));
      }
      data.add(next);
      try {
        MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(template,
            Collections.unmodifiableList(data), true);
        next = (Code) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("could not compile a rule set's conditions", e);
      }
    }
    return next;
  }

  /** The bytes of the template class, read when the first rule set is compiled. */
  private static final class Template {
    static final byte[] BYTES = read();

    private static byte[] read() {
      try (InputStream in = RuleSet.class.getResourceAsStream("RuleSetCode.class")) {
        if (in == null) {
          throw new IllegalStateException("RuleSetCode.class is missing from Pledge's jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read RuleSetCode.class from Pledge's jar", e);
      }
    }
  }


  /** The explanations of the first {@code tried} rules. */
  List<RuleResult.Trace> explain(Facts facts, int tried) {
    List<RuleResult.Trace> trace = new ArrayList<>(tried);
    for (int i = 0; i < tried; i++) {
      Condition c = conditions[i];
      Explanation why = c == null ? Explanation.leaf("always", true, "the rule has no condition") : c.explain(facts);
      trace.add(new RuleResult.Trace(rules.get(i).id(), why));
    }
    return trace;
  }

  @Override
  public String toString() {
    return "RuleSet[" + name + ", " + mode + ", " + rules.size() + " rules]";
  }
}
