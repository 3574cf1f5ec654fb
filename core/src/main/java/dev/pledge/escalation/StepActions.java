package dev.pledge.escalation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
 */
public record StepActions(List<String> notifyRoles, OptionalInt moveToLine, boolean raisePriority,
    boolean keepOwner, Optional<Compensation> compensate) {

  /** No action at all. */
  public static final StepActions NONE =
      new StepActions(List.of(), OptionalInt.empty(), false, false, Optional.empty());

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if {@code moveToLine} is not 0 to 3 or a role is blank
   */
  public StepActions {
    notifyRoles = List.copyOf(notifyRoles);
    for (String role : notifyRoles) {
      if (role.isBlank()) {
        throw new IllegalArgumentException("a role to notify must not be blank");
      }
    }
    Objects.requireNonNull(moveToLine, "moveToLine");
    if (moveToLine.isPresent()) {
      SupportLine.checkLevel(moveToLine.getAsInt(), "moveToLine");
    }
    Objects.requireNonNull(compensate, "compensate");
  }
}
