package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a {@link CaseEvent}. Setters check their argument at once; {@link #build()} checks that
 * the type's required fields are present. Not thread-safe.
 */
public final class CaseEventBuilder {
  private static final int MIN_SCORE = 1;
  private static final int MAX_SCORE = 5;
  final String caseId;
  final Instant at;
  final CaseEventType type;
  String id;
  String customer;
  String channel;
  String priority;
  Set<String> tags = Set.of();
  Map<String, String> attributes = Map.of();
  CaseStatus status;
  String to;
  Integer line;
  String step;
  Integer score;
  String comment;

  CaseEventBuilder(String caseId, Instant at, CaseEventType type) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    if (caseId.isBlank()) {
      throw new InvalidValueException("caseId", "case id must not be blank");
    }
    this.at = Objects.requireNonNull(at, "at");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Sets the event id. */
  public CaseEventBuilder id(String id) {
    this.id = text("id", id, CaseEventType.values());
    return this;
  }

  /** Sets the customer ({@code opened} only). */
  public CaseEventBuilder customer(String customer) {
    this.customer = text("customer", customer, CaseEventType.OPENED);
    return this;
  }

  /** Sets the channel ({@code opened} only). */
  public CaseEventBuilder channel(String channel) {
    this.channel = text("channel", channel, CaseEventType.OPENED);
    return this;
  }

  /** Sets the priority ({@code opened} and {@code priority}). */
  public CaseEventBuilder priority(String priority) {
    this.priority = text("priority", priority, CaseEventType.OPENED, CaseEventType.PRIORITY);
    return this;
  }

  /** Sets the tags ({@code opened} only). */
  public CaseEventBuilder tags(Set<String> tags) {
    Objects.requireNonNull(tags, "tags");
    allowed("tags", CaseEventType.OPENED);
    this.tags = Set.copyOf(tags);
    return this;
  }

  /** Sets the attributes ({@code opened} only). */
  public CaseEventBuilder attributes(Map<String, String> attributes) {
    Objects.requireNonNull(attributes, "attributes");
    allowed("attributes", CaseEventType.OPENED);
    this.attributes = Map.copyOf(attributes);
    return this;
  }

  /** Sets the status ({@code status} only). */
  public CaseEventBuilder status(CaseStatus status) {
    Objects.requireNonNull(status, "status");
    allowed("status", CaseEventType.STATUS);
    this.status = status;
    return this;
  }

  /**
   * Sets the status written {@code status} in JSON ({@code status} only).
   *
   * @throws UnknownStatusException if {@code status} names no {@link CaseStatus}
   */
  public CaseEventBuilder status(String status) {
    Objects.requireNonNull(status, "status");
    allowed("status", CaseEventType.STATUS);
    return status(CaseStatus.fromWireName(status).orElseThrow(() -> new UnknownStatusException(
        caseId, CaseEvent.describe(type, at, id), "unknown status \"" + status + "\"; expected one of "
            + Arrays.stream(CaseStatus.values()).map(CaseStatus::wireName)
                .collect(Collectors.joining(", ")))));
  }

  /** Sets who the case goes to ({@code transfer} only). */
  public CaseEventBuilder to(String to) {
    this.to = text("to", to, CaseEventType.TRANSFER);
    return this;
  }

  /** Sets the support line, 0 or more ({@code transfer} only). */
  public CaseEventBuilder line(int value) {
    allowed("line", CaseEventType.TRANSFER);
    if (value < 0) {
      throw invalid("line must be 0 or more, but was " + value);
    }
    line = value;
    return this;
  }

  /** Sets the escalation step ({@code escalated} only). */
  public CaseEventBuilder step(String step) {
    this.step = text("step", step, CaseEventType.ESCALATED);
    return this;
  }

  /**
   * Sets the customer's rating ({@code satisfaction} only).
   *
   * @param value a whole number from 1 (worst) to 5 (best)
   * @throws InvalidCaseEventException if the type is not {@code satisfaction} or {@code value} is
   *     not from 1 to 5
   */
  public CaseEventBuilder score(int value) {
    allowed("score", CaseEventType.SATISFACTION);
    if (value < MIN_SCORE || value > MAX_SCORE) {
      throw invalid(scoreProblem(Integer.toString(value)));
    }
    score = value;
    return this;
  }

  /**
   * Sets what the customer wrote with their rating ({@code satisfaction} only); any text, empty
   * included.
   */
  public CaseEventBuilder comment(String comment) {
    Objects.requireNonNull(comment, "comment");
    allowed("comment", CaseEventType.SATISFACTION);
    this.comment = comment;
    return this;
  }

  /** The problem of a score that is not a whole number from 1 to 5, {@code shown} as the value was written. */
  static String scoreProblem(String shown) {
    return "\"score\" must be a whole number from " + MIN_SCORE + " to " + MAX_SCORE + ", but was " + shown;
  }

  /**
   * The event.
   *
   * @throws InvalidCaseEventException if a field the type needs is missing
   */
  public CaseEvent build() {
    switch (type) {
      case OPENED:
        require("customer", customer);
        require("channel", channel);
        require("priority", priority);
        break;
      case STATUS:
        require("status", status);
        break;
      case PRIORITY:
        require("priority", priority);
        break;
      case TRANSFER:
        require("to", to);
        break;
      case ESCALATED:
        require("step", step);
        break;
      case SATISFACTION:
        require("score", score);
        break;
      default:
        break;
    }
    return new CaseEvent(this);
  }

  private void require(String field, Object value) {
    if (value == null) {
      throw invalid(type.wireName() + " events need \"" + field + "\"");
    }
  }

  String text(String field, String value, CaseEventType... types) {
    Objects.requireNonNull(value, field);
    allowed(field, types);
    if (value.isBlank()) {
      throw invalid("\"" + field + "\" must not be blank");
    }
    return value;
  }

  private void allowed(String field, CaseEventType... types) {
    for (CaseEventType t : types) {
      if (t == type) {
        return;
      }
    }
    throw invalid("\"" + field + "\" is not a field of " + type.wireName() + " events");
  }

  private InvalidCaseEventException invalid(String problem) {
    return new InvalidCaseEventException(caseId, CaseEvent.describe(type, at, id), problem);
  }
}
