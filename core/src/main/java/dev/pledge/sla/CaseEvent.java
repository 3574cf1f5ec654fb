package dev.pledge.sla;

import dev.pledge.internal.JsonWords;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One thing that happened to a case: its id, the instant, the {@link CaseEventType}, an optional
 * event id (a repeated id counts once) and the fields of its type. Immutable; built with
 * {@link #builder(String, Instant, CaseEventType)} ({@link CaseEventBuilder}) or the static factories.
 *
 * <p>Fields per type: {@code opened} needs {@code customer}, {@code channel} and {@code priority}
 * and may have {@code tags} and {@code attributes}; {@code status} needs {@code status};
 * {@code priority} needs {@code priority}; {@code transfer} needs {@code to} and may have
 * {@code line}; {@code escalated} needs {@code step}; {@code satisfaction} needs {@code score} (a
 * whole number from 1 to 5) and may have {@code comment}. Other types have no fields. A field a type
 * does not have is rejected.
 */
public final class CaseEvent {
  private final String caseId;
  private final Instant at;
  private final CaseEventType type;
  private final String id;
  private final String customer;
  private final String channel;
  private final String priority;
  private final Set<String> tags;
  private final Map<String, String> attributes;
  private final CaseStatus status;
  private final String to;
  private final Integer line;
  private final String step;
  private final Integer score;
  private final String comment;

  CaseEvent(CaseEventBuilder b) {
    caseId = b.caseId;
    at = b.at;
    type = b.type;
    id = b.id;
    customer = b.customer;
    channel = b.channel;
    priority = b.priority;
    tags = b.tags;
    attributes = b.attributes;
    status = b.status;
    to = b.to;
    line = b.line;
    step = b.step;
    score = b.score;
    comment = b.comment;
  }

  /** A builder for an event of {@code type}. */
  public static CaseEventBuilder builder(String caseId, Instant at, CaseEventType type) {
    return new CaseEventBuilder(caseId, at, type);
  }

  /**
   * A builder for an event whose type is written {@code type} in JSON.
   *
   * @throws UnknownEventTypeException if {@code type} names no {@link CaseEventType}
   */
  public static CaseEventBuilder builder(String caseId, Instant at, String type) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    CaseEventType known = CaseEventType.fromWireName(type).orElseThrow(() ->
        new UnknownEventTypeException(caseId, "at " + at, "unknown event type \"" + type
            + "\"; expected one of " + Arrays.stream(CaseEventType.values())
                .map(CaseEventType::wireName).collect(Collectors.joining(", "))));
    return new CaseEventBuilder(caseId, at, known);
  }

  /** An {@code opened} event with no tags and no attributes. */
  public static CaseEvent opened(String caseId, Instant at, String customer, String channel,
      String priority) {
    return builder(caseId, at, CaseEventType.OPENED).customer(customer).channel(channel)
        .priority(priority).build();
  }

  /** A {@code customer-message} event. */
  public static CaseEvent customerMessage(String caseId, Instant at) {
    return builder(caseId, at, CaseEventType.CUSTOMER_MESSAGE).build();
  }

  /** An {@code agent-reply} event: a public response. */
  public static CaseEvent agentReply(String caseId, Instant at) {
    return builder(caseId, at, CaseEventType.AGENT_REPLY).build();
  }

  /** An {@code internal-note} event. */
  public static CaseEvent internalNote(String caseId, Instant at) {
    return builder(caseId, at, CaseEventType.INTERNAL_NOTE).build();
  }

  /** A {@code status} event. */
  public static CaseEvent status(String caseId, Instant at, CaseStatus status) {
    return builder(caseId, at, CaseEventType.STATUS).status(status).build();
  }

  /** A {@code priority} event. */
  public static CaseEvent priority(String caseId, Instant at, String priority) {
    return builder(caseId, at, CaseEventType.PRIORITY).priority(priority).build();
  }

  /** A {@code transfer} event with no line. */
  public static CaseEvent transfer(String caseId, Instant at, String to) {
    return builder(caseId, at, CaseEventType.TRANSFER).to(to).build();
  }

  /** An {@code escalated} event. */
  public static CaseEvent escalated(String caseId, Instant at, String step) {
    return builder(caseId, at, CaseEventType.ESCALATED).step(step).build();
  }

  /**
   * A {@code satisfaction} event without a comment: the customer's rating of the case.
   *
   * @param score the rating, a whole number from 1 (worst) to 5 (best)
   * @throws InvalidCaseEventException if {@code score} is not from 1 to 5
   */
  public static CaseEvent satisfaction(String caseId, Instant at, int score) {
    return builder(caseId, at, CaseEventType.SATISFACTION).score(score).build();
  }

  /** A copy with the event id {@code id}. */
  public CaseEvent withId(String newId) {
    Objects.requireNonNull(newId, "newId");
    CaseEventBuilder b = toBuilder();
    b.id(newId);
    return b.build();
  }

  /** A builder holding this event, to derive a changed one. */
  public CaseEventBuilder toBuilder() {
    CaseEventBuilder b = new CaseEventBuilder(caseId, at, type);
    b.id = id;
    b.customer = customer;
    b.channel = channel;
    b.priority = priority;
    b.tags = tags;
    b.attributes = attributes;
    b.status = status;
    b.to = to;
    b.line = line;
    b.step = step;
    b.score = score;
    b.comment = comment;
    return b;
  }

  /** The case's id. */
  public String caseId() {
    return caseId;
  }

  /** When it happened. */
  public Instant at() {
    return at;
  }

  /** What happened. */
  public CaseEventType type() {
    return type;
  }

  /** The event's id, if given; a repeated id counts once within a case. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The customer's id; present on {@code opened}. */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /** The channel; present on {@code opened}. */
  public Optional<String> channel() {
    return Optional.ofNullable(channel);
  }

  /** The priority; present on {@code opened} and {@code priority}. */
  public Optional<String> priority() {
    return Optional.ofNullable(priority);
  }

  /** The tags of an {@code opened} event; empty otherwise. */
  public Set<String> tags() {
    return tags;
  }

  /** The attributes of an {@code opened} event; empty otherwise. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The new status; present on {@code status}. */
  public Optional<CaseStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Who the case went to; present on {@code transfer}. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** The support line the case went to, if a {@code transfer} says. */
  public OptionalInt line() {
    return line == null ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The escalation step recorded; present on {@code escalated}. */
  public Optional<String> step() {
    return Optional.ofNullable(step);
  }

  /** The customer's rating, from 1 (worst) to 5 (best); present on {@code satisfaction}. */
  public OptionalInt score() {
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  /** What the customer wrote with their rating, if anything (possibly empty text); only on {@code satisfaction}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** A short description for messages: {@code agent-reply at 2026-03-02T09:00:00Z (id e7)}. */
  public String describe() {
    return describe(type, at, id);
  }

  static String describe(CaseEventType type, Instant at, String id) {
    return type.wireName() + " at " + at + (id == null ? "" : " (id " + id + ")");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CaseEvent)) {
      return false;
    }
    CaseEvent e = (CaseEvent) o;
    return caseId.equals(e.caseId) && at.equals(e.at) && type == e.type && Objects.equals(id, e.id)
        && Objects.equals(customer, e.customer) && Objects.equals(channel, e.channel)
        && Objects.equals(priority, e.priority) && tags.equals(e.tags)
        && attributes.equals(e.attributes) && status == e.status && Objects.equals(to, e.to)
        && Objects.equals(line, e.line) && Objects.equals(step, e.step) && Objects.equals(score, e.score)
        && Objects.equals(comment, e.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, at, type, id, priority, status, score);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CaseEvent[case ").append(caseId).append(", ").append(describe());
    Object[] fields = {"customer", customer, "channel", channel, "priority", priority, "status", status,
        "to", to, "line", line, "step", step, "score", score,
        "comment", comment == null ? null : JsonWords.quote(comment)};
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i + 1] != null) {
        out.append(", ").append(fields[i]).append(' ').append(fields[i + 1]);
      }
    }
    return out.append(tags.isEmpty() ? "" : ", tags " + tags)
        .append(attributes.isEmpty() ? "" : ", attributes " + attributes).append(']').toString();
  }
}
