package dev.pledge.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a case stands with its escalation policy at an instant.
 *
 * @param caseId the case's id
 * @param asOf the evaluation instant
 * @param line the support line the case is on: the entry rule's, then moved by transfers that
 *     name a line and by {@code moveToLine} of steps that fell due (recorded or not)
 * @param owner who is responsible: the {@code to} of the latest transfer, or of the first one once
 *     a {@code keepOwner} step fell due; empty before any transfer
 * @param due the steps due at or before {@code asOf} and not recorded, by due instant (ties in step
 *     order)
 * @param nextCheckAt the earliest instant after {@code asOf} at which another step falls due if no
 *     event arrives; empty when nothing more can fall due without one
 */
public record Escalations(String caseId, Instant asOf, int line, Optional<String> owner, List<DueStep> due,
    Optional<Instant> nextCheckAt) {

  /** Checks and copies the components. */
  public Escalations {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(owner, "owner");
    due = List.copyOf(Objects.requireNonNull(due, "due"));
    Objects.requireNonNull(nextCheckAt, "nextCheckAt");
  }
}
