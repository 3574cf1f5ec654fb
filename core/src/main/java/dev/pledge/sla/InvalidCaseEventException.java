package dev.pledge.sla;

/** A case event that is malformed: a field its type needs is missing, a field its type does not have is present, or a second {@code opened} event for the same case. */
public final class InvalidCaseEventException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** An event that is malformed as the problem says. */
  public InvalidCaseEventException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
