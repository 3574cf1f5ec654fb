package dev.pledge.sla;

/** A {@code status} event whose {@code status} is not one of the {@link CaseStatus} names. */
public final class UnknownStatusException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** A status event with an unknown status; the problem lists the known ones. */
  public UnknownStatusException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
