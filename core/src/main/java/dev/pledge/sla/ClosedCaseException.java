package dev.pledge.sla;

/** A {@code status} event on a case that is already closed: closed is final. */
public final class ClosedCaseException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** A status change after the case was closed. */
  public ClosedCaseException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
