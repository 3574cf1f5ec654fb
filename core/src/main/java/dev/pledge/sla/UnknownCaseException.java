package dev.pledge.sla;

/** An event for a case other than the one being evaluated: every event passed to one evaluation must belong to the case its {@code opened} event opens. */
public final class UnknownCaseException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** An event that names a case nobody opened here. */
  public UnknownCaseException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
