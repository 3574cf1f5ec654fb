package dev.pledge.sla;

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
 * {@link #builder(String, Instant, CaseEventType)} or the static factories.
 *
 * <p>Fields per type: {@code opened} needs {@code customer}, {@code channel} and {@code priority}
 * and may have {@code tags} and {@code attributes}; {@code status} needs {@code status};
 * {@code priority} needs {@code priority}; {@code transfer} needs {@code to} and may have
 * {@code line}; {@code escalated} needs {@code step}. Other types have no fields. A field a type
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

  private CaseEvent(Builder b) {
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
  }

  /** A builder for an event of {@code type}. */
  public static Builder builder(String caseId, Instant at, CaseEventType type) {
    return new Builder(caseId, at, type);
  }

  /**
   * A builder for an event whose type is written {@code type} in JSON.
   *
   * @throws UnknownEventTypeException if {@code type} names no {@link CaseEventType}
   */
  public static Builder builder(String caseId, Instant at, String type) {
    Objects.requireNonNull(type, "type");
    CaseEventType known = CaseEventType.fromWireName(type).orElseThrow(() ->
        new UnknownEventTypeException(caseId, "at " + at, "unknown event type \"" + type
            + "\"; expected one of " + Arrays.stream(CaseEventType.values())
                .map(CaseEventType::wireName).collect(Collectors.joining(", "))));
    return new Builder(caseId, at, known);
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

  /** A copy with the event id {@code id}. */
  public CaseEvent withId(String newId) {
    Builder b = toBuilder();
    b.id(newId);
    return b.build();
  }

  /** A builder holding this event, to derive a changed one. */
  public Builder toBuilder() {
    Builder b = new Builder(caseId, at, type);
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
        && Objects.equals(line, e.line) && Objects.equals(step, e.step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, at, type, id, priority, status);
  }

  @Override
  public String toString() {
    return "CaseEvent[case " + caseId + ", " + describe()
        + (customer == null ? "" : ", customer " + customer)
        + (channel == null ? "" : ", channel " + channel)
        + (priority == null ? "" : ", priority " + priority)
        + (tags.isEmpty() ? "" : ", tags " + tags)
        + (attributes.isEmpty() ? "" : ", attributes " + attributes)
        + (status == null ? "" : ", status " + status)
        + (to == null ? "" : ", to " + to) + (line == null ? "" : ", line " + line)
        + (step == null ? "" : ", step " + step) + "]";
  }

  /**
   * Builds a {@link CaseEvent}. Setters check their argument at once; {@link #build()} checks that
   * the type's required fields are present. Not thread-safe.
   */
  public static final class Builder {
    private final String caseId;
    private final Instant at;
    private final CaseEventType type;
    private String id;
    private String customer;
    private String channel;
    private String priority;
    private Set<String> tags = Set.of();
    private Map<String, String> attributes = Map.of();
    private CaseStatus status;
    private String to;
    private Integer line;
    private String step;

    private Builder(String caseId, Instant at, CaseEventType type) {
      this.caseId = Objects.requireNonNull(caseId, "caseId");
      if (caseId.isBlank()) {
        throw new IllegalArgumentException("case id must not be blank");
      }
      this.at = Objects.requireNonNull(at, "at");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** Sets the event id. */
    public Builder id(String value) {
      id = text("id", value);
      return this;
    }

    /** Sets the customer ({@code opened} only). */
    public Builder customer(String value) {
      customer = text("customer", value, CaseEventType.OPENED);
      return this;
    }

    /** Sets the channel ({@code opened} only). */
    public Builder channel(String value) {
      channel = text("channel", value, CaseEventType.OPENED);
      return this;
    }

    /** Sets the priority ({@code opened} and {@code priority}). */
    public Builder priority(String value) {
      priority = text("priority", value, CaseEventType.OPENED, CaseEventType.PRIORITY);
      return this;
    }

    /** Sets the tags ({@code opened} only). */
    public Builder tags(Set<String> value) {
      allowed("tags", CaseEventType.OPENED);
      tags = Set.copyOf(Objects.requireNonNull(value, "tags"));
      return this;
    }

    /** Sets the attributes ({@code opened} only). */
    public Builder attributes(Map<String, String> value) {
      allowed("attributes", CaseEventType.OPENED);
      attributes = Map.copyOf(Objects.requireNonNull(value, "attributes"));
      return this;
    }

    /** Sets the status ({@code status} only). */
    public Builder status(CaseStatus value) {
      allowed("status", CaseEventType.STATUS);
      status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * Sets the status written {@code value} in JSON ({@code status} only).
     *
     * @throws UnknownStatusException if {@code value} names no {@link CaseStatus}
     */
    public Builder status(String value) {
      allowed("status", CaseEventType.STATUS);
      Objects.requireNonNull(value, "status");
      return status(CaseStatus.fromWireName(value).orElseThrow(() -> new UnknownStatusException(
          caseId, describe(type, at, id), "unknown status \"" + value + "\"; expected one of "
              + Arrays.stream(CaseStatus.values()).map(CaseStatus::wireName)
                  .collect(Collectors.joining(", ")))));
    }

    /** Sets who the case goes to ({@code transfer} only). */
    public Builder to(String value) {
      to = text("to", value, CaseEventType.TRANSFER);
      return this;
    }

    /** Sets the support line, 0 or more ({@code transfer} only). */
    public Builder line(int value) {
      allowed("line", CaseEventType.TRANSFER);
      if (value < 0) {
        throw invalid("line must be 0 or more, but was " + value);
      }
      line = value;
      return this;
    }

    /** Sets the escalation step ({@code escalated} only). */
    public Builder step(String value) {
      step = text("step", value, CaseEventType.ESCALATED);
      return this;
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

    private String text(String field, String value, CaseEventType... types) {
      if (types.length > 0) {
        allowed(field, types);
      }
      Objects.requireNonNull(value, field);
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
      return new InvalidCaseEventException(caseId, describe(type, at, id), problem);
    }
  }
}
