package dev.pledge.rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.PledgeException;
import dev.pledge.internal.StrictJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule set answered: the matching rules in order with their payloads, and the explanation
 * of every rule that was tried.
 *
 * @param ruleSet the set's name
 * @param matched the matching rules, in order (at most one in {@code first} mode)
 * @param trace every rule tried, in order, with why it held or failed
 */
public record RuleResult(String ruleSet, List<Match> matched, List<Trace> trace) {

  /** Checks and copies the components. */
  public RuleResult {
    Objects.requireNonNull(ruleSet, "ruleSet");
    matched = List.copyOf(Objects.requireNonNull(matched, "matched"));
    trace = List.copyOf(Objects.requireNonNull(trace, "trace"));
  }

  /** The first matching rule, if any. */
  public Optional<Match> first() {
    return matched.isEmpty() ? Optional.empty() : Optional.of(matched.get(0));
  }

  /** The ids of the matching rules, in order. */
  public List<String> matchedIds() {
    return matched.stream().map(Match::id).toList();
  }

  /**
   * A matching rule and its payload.
   *
   * @param id the rule's id
   * @param then the payload as a JSON tree
   */
  public record Match(String id, JsonNode then) {
    /** Checks the components. */
    public Match {
      Objects.requireNonNull(id, "id");
      then = Objects.requireNonNull(then, "then").deepCopy();
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
