package dev.pledge.sla;

/** A case event that comes before the case's {@code opened} event, or a case with no {@code opened} event at all. */
public final class EventBeforeOpenedException extends CaseEventException {
  private static final long serialVersionUID = 1L;

  /** An event of {@code caseId} that precedes its opening. */
  public EventBeforeOpenedException(String caseId, String event, String problem) {
    super(caseId, event, problem);
  }
}
