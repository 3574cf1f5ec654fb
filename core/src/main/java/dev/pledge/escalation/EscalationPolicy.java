package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import dev.pledge.rule.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An escalation policy: the support lines with their names, the entry rules that choose the line
 * a case starts on, and the ordered steps. Immutable; built with {@link #builder()}.
 */
public final class EscalationPolicy {
  private static final EscalationPolicy EMPTY = builder().build();

  private final List<SupportLine> lines;
  private final List<EntryRule> entry;
  private final List<EscalationStep> steps;

  private EscalationPolicy(Builder b) {
    lines = List.copyOf(b.lines.values());
    entry = List.copyOf(b.entry);
    steps = List.copyOf(b.steps);
  }

  /** A builder: the default line names, no entry rule (every case starts on line 1), no step. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy with no step: nothing ever falls due. */
  public static EscalationPolicy empty() {
    return EMPTY;
  }

  /** The four lines, lowest first. */
  public List<SupportLine> lines() {
    return lines;
  }

  /** The name of {@code line} ({@code "technical"}); {@code "line N"} for a line out of range. */
  public String lineName(int line) {
    return line >= 0 && line < lines.size() ? lines.get(line).name() : "line " + line;
  }

  /** The entry rules, in the order they are tried. */
  public List<EntryRule> entry() {
    return entry;
  }

  /** The steps, in order; of steps due at the same instant, the earlier one acts first. */
  public List<EscalationStep> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return "EscalationPolicy[lines " + lines + ", entry " + entry.size() + " rules, steps "
        + steps.stream().map(EscalationStep::id).toList() + "]";
  }

  /** Builds an {@link EscalationPolicy}. Not thread-safe. */
  public static final class Builder {
    private final Map<Integer, SupportLine> lines = new TreeMap<>();
    private final List<EntryRule> entry = new ArrayList<>();
    private final List<EscalationStep> steps = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    private Builder() {
      SupportLine.DEFAULTS.forEach(l -> lines.put(l.level(), l));
    }

    /**
     * Names line {@code level}.
     *
     * @throws dev.pledge.InvalidValueException if the level is not 0 to 3 or the name is blank
     */
    public Builder line(int level, String name) {
      lines.put(level, new SupportLine(level, name));
      return this;
    }

    /** Adds an entry rule: cases that {@code when} selects start on {@code line}. */
    public Builder entry(Condition when, int line) {
      entry.add(EntryRule.when(when, line));
      return this;
    }

    /** Adds an entry rule for every case (put it last). */
    public Builder entry(int line) {
      entry.add(EntryRule.always(line));
      return this;
    }

    /** Adds an entry rule. */
    public Builder entry(EntryRule rule) {
      entry.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a step after the others.
     *
     * @throws RepeatedValueException if a step with the same id was added; its field is
     *     {@code steps/<i>/id}, {@code i} counting the steps from 0
     */
    public Builder step(EscalationStep step) {
      Objects.requireNonNull(step, "step");
      Integer first = ids.putIfAbsent(step.id(), steps.size());
      if (first != null) {
        throw new RepeatedValueException("steps/" + steps.size() + "/id", "steps/" + first, "step id",
            step.id(), "first at ");
      }
      steps.add(step);
      return this;
    }

    /** The policy. */
    public EscalationPolicy build() {
      return new EscalationPolicy(this);
    }
  }
}
