package dev.pledge.sla;

import dev.pledge.PledgeException;
import java.util.Objects;

/**
 * A case event that cannot be accepted. The message names the case and the event; the subclasses
 * say what was wrong. Thrown by {@link CaseEventBuilder} and by {@link SlaEngine#evaluate}.
 */
public class CaseEventException extends PledgeException {
  private static final long serialVersionUID = 1L;

  private final String caseId;
  private final String event;

  /**
   * An exception about {@code event} of case {@code caseId}.
   *
   * @param caseId the case's id
   * @param event a short description of the event ({@code agent-reply at 2026-03-02T09:00:00Z
   *     (id e7)})
   * @param problem what is wrong with it
   */
  public CaseEventException(String caseId, String event, String problem) {
    super("case " + Objects.requireNonNull(caseId, "caseId") + ", event " + Objects.requireNonNull(event, "event")
        + ": " + Objects.requireNonNull(problem, "problem"));
    this.caseId = caseId;
    this.event = event;
  }

  /** The id of the case the event belongs to. */
  public String caseId() {
    return caseId;
  }

  /** A short description of the offending event. */
  public String event() {
    return event;
  }
}
