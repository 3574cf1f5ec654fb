package dev.pledge.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.PledgeException;
import dev.pledge.internal.StrictJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule set answered: the matching rules in order with their payloads, and the explanation
 * of every rule that was tried. The explanations are built when {@link #trace()} is first called,
 * not when the rule set is evaluated: evaluating only tests the conditions. Immutable and
 * thread-safe.
 */
public final class RuleResult {
  private final String ruleSet;
  private final List<Match> matched;
  // For a trace built on demand: the set evaluated, the facts and how many rules were tried.
  private final RuleSet source;
  private final Facts facts;
  private final int tried;
  private volatile List<Trace> trace;

  /**
   * A result with its trace given.
   *
   * @param ruleSet the set's name
   * @param matched the matching rules, in order (at most one in {@code first} mode)
   * @param trace every rule tried, in order, with why it held or failed
   */
  @JsonCreator
  public RuleResult(@JsonProperty("ruleSet") String ruleSet, @JsonProperty("matched") List<Match> matched,
      @JsonProperty("trace") List<Trace> trace) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.matched = List.copyOf(Objects.requireNonNull(matched, "matched"));
    this.trace = List.copyOf(Objects.requireNonNull(trace, "trace"));
    this.source = null;
    this.facts = null;
    this.tried = 0;
  }

  /** A result of {@code source} whose trace explains its first {@code tried} rules on first use. */
  RuleResult(RuleSet source, List<Match> matched, Facts facts, int tried) {
    this.ruleSet = source.name();
    this.matched = matched;
    this.source = source;
    this.facts = facts;
    this.tried = tried;
  }

  /** The set's name. */
  @JsonProperty("ruleSet")
  public String ruleSet() {
    return ruleSet;
  }

  /** The matching rules, in order (at most one in {@code first} mode). */
  @JsonProperty("matched")
  public List<Match> matched() {
    return matched;
  }

  /** Every rule tried, in order, with why it held or failed; built on the first call. */
  @JsonProperty("trace")
  public List<Trace> trace() {
    List<Trace> t = trace;
    if (t == null) {
      // Two threads may both build it: the explanations are pure, so either copy is the answer.
      t = List.copyOf(source.explain(facts, tried));
      trace = t;
    }
    return t;
  }

  /** The first matching rule, if any. */
  public Optional<Match> first() {
    return matched.isEmpty() ? Optional.empty() : Optional.of(matched.get(0));
  }

  /** The ids of the matching rules, in order. */
  public List<String> matchedIds() {
    return matched.stream().map(Match::id).toList();
  }

  /** Equal when the set, the matches and the traces are equal (builds both traces). */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleResult r && r.ruleSet.equals(ruleSet) && r.matched.equals(matched)
        && r.trace().equals(trace());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSet, matched, trace());
  }

  @Override
  public String toString() {
    return "RuleResult[ruleSet=" + ruleSet + ", matched=" + matchedIds() + "]";
  }

  /**
   * A matching rule and its payload.
   *
   * @param id the rule's id
   * @param then the payload as a JSON tree; the accessor returns a copy, so that changing it
   *     changes nothing else
   */
  public record Match(String id, JsonNode then) {
    /** Checks the components. */
    public Match {
      Objects.requireNonNull(id, "id");
      then = Objects.requireNonNull(then, "then").deepCopy();
    }

    /** The payload, as a copy of the rule's. */
    @Override
    public JsonNode then() {
      return then.deepCopy();
    }

    /**
     * The payload bound to the caller's type (a record, say), with the loader's strict rules.
     *
     * @throws PledgeException if the payload does not fit {@code type}, naming the rule
     */
    public <T> T thenAs(Class<T> type) {
      Objects.requireNonNull(type, "type");
      try {
        return StrictJson.mapper().treeToValue(then, type);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new PledgeException("the payload of rule '" + id + "' does not fit "
            + type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * One rule tried and its explanation.
   *
   * @param id the rule's id
   * @param explanation why it held or failed
   */
  public record Trace(String id, Explanation explanation) {
    /** Checks the components. */
    public Trace {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}
