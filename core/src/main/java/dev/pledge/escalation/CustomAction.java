package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import java.util.Objects;

/**
 * An action of a type a rule module contributes ({@link dev.pledge.rule.ActionType}), returned as
 * data with the step's other actions.
 *
 * @param type the action type's name, the key in the step's {@code then} ({@code "open-ticket"});
 *     never one of the built-in action names
 * @param value what the action type's factory made of the parameters (often the parameter record)
 */
public record CustomAction(String type, Object value) {

  /**
   * Checks the components.
   *
   * @throws InvalidValueException if the type is blank or names a built-in action
   */
  public CustomAction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (type.isBlank()) {
      throw new InvalidValueException("type", "an action type must not be blank");
    }
    if (StepActions.BUILT_IN.contains(type)) {
      throw new InvalidValueException("type", "\"" + type + "\" is a built-in action; a custom action needs "
          + "another name");
    }
  }
}
