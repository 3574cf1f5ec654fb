package dev.pledge.escalation;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.ActionType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a step asks for when it falls due. Returned as data: the library notifies nobody and
 * changes no case; the app does, and records it with an {@code escalated} event.
 *
 * @param notifyRoles the roles (JSON {@code notify}) to notify ({@code assignee}, {@code team-lead}), in order
 * @param moveToLine the line the case moves to; the engine applies it to the case's line from the
 *     step's due instant on
 * @param raisePriority whether the app should raise the case's priority (the engine does not: a
 *     new priority is a {@code priority} event)
 * @param keepOwner whether the case's first owner stays responsible whatever later transfers say
 * @param compensate an activity to credit to a tier program
 * @param custom the actions of types that rule modules contribute ({@link dev.pledge.rule.ActionType}),
 *     in the order written, each type at most once
 */
public record StepActions(List<String> notifyRoles, OptionalInt moveToLine, boolean raisePriority,
    boolean keepOwner, Optional<Compensation> compensate, List<CustomAction> custom) {

  /**
   * The names of the built-in actions, as written in a step's {@code then}; no action type may take
   * them. The list is {@link ActionType#BUILT_IN}, where the rule registry reserves them.
   */
  public static final List<String> BUILT_IN = ActionType.BUILT_IN;

  /** No action at all. */
  public static final StepActions NONE =
      new StepActions(List.of(), OptionalInt.empty(), false, false, Optional.empty(), List.of());

  /**
   * Checks and copies the components.
   *
   * @throws InvalidValueException if {@code moveToLine} is not 0 to 3, a role is blank or two
   *     custom actions have the same type
   */
  public StepActions {
    notifyRoles = List.copyOf(Objects.requireNonNull(notifyRoles, "notifyRoles"));
    for (String role : notifyRoles) {
      if (role.isBlank()) {
        throw new InvalidValueException("notify", "a role to notify must not be blank");
      }
    }
    Objects.requireNonNull(moveToLine, "moveToLine");
    if (moveToLine.isPresent()) {
      SupportLine.checkLevel(moveToLine.getAsInt(), "moveToLine");
    }
    Objects.requireNonNull(compensate, "compensate");
    custom = List.copyOf(Objects.requireNonNull(custom, "custom"));
    Set<String> types = new HashSet<>();
    for (CustomAction a : custom) {
      if (!types.add(a.type())) {
        throw new InvalidValueException(a.type(), "action \"" + a.type() + "\" is given twice");
      }
    }
  }

  /** The built-in actions only, with no custom action. */
  public StepActions(List<String> notifyRoles, OptionalInt moveToLine, boolean raisePriority,
      boolean keepOwner, Optional<Compensation> compensate) {
    this(notifyRoles, moveToLine, raisePriority, keepOwner, compensate, List.of());
  }

  /** The value of the custom action of type {@code type} ({@code "open-ticket"}), if the step has one. */
  public Optional<Object> custom(String type) {
    Objects.requireNonNull(type, "type");
    return custom.stream().filter(a -> a.type().equals(type)).findFirst().map(CustomAction::value);
  }

  /**
   * The actions as people read them, in the order of {@link #BUILT_IN} then the custom ones,
   * separated by {@code "; "}: {@code "notify assignee, team-lead; move to line 2; raise priority;
   * keep owner; compensate in status: goodwill xp=10; open-ticket {queue=billing}"}, or
   * {@code "no action"}.
   */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner("; ");
    if (!notifyRoles.isEmpty()) {
      text.add("notify " + String.join(", ", notifyRoles));
    }
    moveToLine.ifPresent(line -> text.add("move to line " + line));
    if (raisePriority) {
      text.add("raise priority");
    }
    if (keepOwner) {
      text.add("keep owner");
    }
    compensate.ifPresent(c -> text.add("compensate in " + c.program() + ": " + c.kind()
        + new TreeMap<>(c.fields()).entrySet().stream()
            .map(f -> " " + f.getKey() + "=" + (f.getValue() instanceof BigDecimal d
                ? d.toPlainString() : f.getValue()))
            .collect(Collectors.joining())));
    custom.forEach(a -> text.add(a.type() + " " + a.value()));
    return text.length() == 0 ? "no action" : text.toString();
  }
}
