package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A step of an escalation policy: it falls due at the first instant its {@code when} holds, and
 * then asks for its actions. A step whose condition contains a {@link WorkingTimeTrigger} is
 * time-based and falls due once per instance of the metrics it watches; any other step once per
 * case. Built with {@link #builder(String)}.
 *
 * @param id the step's id, unique in its policy; {@code escalated} events name it
 * @param when the condition
 * @param actions what it asks for
 */
public record EscalationStep(String id, Condition when, StepActions actions) {

  /**
   * Checks the components.
   *
   * @throws InvalidValueException if the id is blank
   */
  public EscalationStep {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidValueException("id", "a step id must not be blank");
    }
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(actions, "actions");
  }

  /** A builder for the step {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds an {@link EscalationStep}; each setter checks its argument at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private Condition when;
    private final List<String> notify = new ArrayList<>();
    private OptionalInt moveToLine = OptionalInt.empty();
    private boolean raisePriority;
    private boolean keepOwner;
    private Optional<Compensation> compensate = Optional.empty();
    private final List<CustomAction> custom = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** When the step falls due (required). */
    public Builder when(Condition condition) {
      when = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /** Adds roles to notify. */
    public Builder notifyRoles(String... roles) {
      Objects.requireNonNull(roles, "roles");
      for (String r : roles) {
        notify.add(Objects.requireNonNull(r, "role"));
      }
      return this;
    }

    /**
     * Moves the case to {@code line}.
     *
     * @throws InvalidValueException if the line is not 0 to 3
     */
    public Builder moveToLine(int line) {
      moveToLine = OptionalInt.of(SupportLine.checkLevel(line, "moveToLine"));
      return this;
    }

    /** Asks the app to raise the case's priority. */
    public Builder raisePriority() {
      raisePriority = true;
      return this;
    }

    /** Keeps the case's first owner responsible after transfers. */
    public Builder keepOwner() {
      keepOwner = true;
      return this;
    }

    /** Credits an activity of {@code kind} with {@code fields} to the tier program {@code program}. */
    public Builder compensate(String program, String kind, Map<String, ?> fields) {
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(fields, "fields");
      Map<String, Object> exact = new java.util.HashMap<>();
      fields.forEach((k, v) -> exact.put(k, v instanceof Number n && !(v instanceof BigDecimal)
          ? new BigDecimal(n.toString()) : v));
      compensate = Optional.of(new Compensation(program, kind, exact));
      return this;
    }

    /**
     * Adds an action of a type a rule module contributes; it is returned as data with the others.
     *
     * @param type the action type's name ({@code "open-ticket"})
     * @param value the action's value (what the type's factory made)
     * @throws InvalidValueException if the type is blank, built-in or already added
     */
    public Builder action(String type, Object value) {
      CustomAction action = new CustomAction(type, value);
      if (custom.stream().anyMatch(a -> a.type().equals(type))) {
        throw new InvalidValueException(type, "action \"" + type + "\" is given twice in step \"" + id + "\"");
      }
      custom.add(action);
      return this;
    }

    /**
     * The step.
     *
     * @throws InvalidValueException if no condition was set
     */
    public EscalationStep build() {
      if (when == null) {
        throw new InvalidValueException("when", "step \"" + id + "\" needs a condition (when)");
      }
      return new EscalationStep(id, when,
          new StepActions(notify, moveToLine, raisePriority, keepOwner, compensate, custom));
    }
  }
}
