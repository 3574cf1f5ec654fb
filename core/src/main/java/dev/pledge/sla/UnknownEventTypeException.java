package dev.pledge.sla;

/** An event whose {@code type} is not one of the {@link CaseEventType} names. */
public final class UnknownEventTypeException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** An event with an unknown type; the problem lists the known ones. */
  public UnknownEventTypeException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
