package dev.pledge.config.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The escalation section as written in JSON (docs/reference.md, {@code escalation}). */
public record EscalationConfig(
    List<@NotNull @Valid Line> lines,
    List<@NotNull @Valid Entry> entry,
    @NotNull List<@NotNull @Valid Step> steps) {

  /** A support line: 0 self-service, 1 front line, 2 technical, 3 management. */
  public record Line(@NotNull @Min(0) @Max(3) Integer level, @NotBlank String name) {}

  /** An entry rule: the first whose {@code when} holds picks the starting line. */
  public record Entry(JsonNode when, @NotNull @Min(0) @Max(3) Integer line) {}

  /** A step: when it falls due and what it asks for. */
  public record Step(@NotBlank String id, @NotNull JsonNode when, @NotNull @Valid Actions then) {}

  /** The actions of a step; returned as data, never performed by the library. */
  public record Actions(@JsonProperty("notify") List<@NotBlank String> notifyRoles, @Min(0) @Max(3) Integer moveToLine,
      Boolean raisePriority, Boolean keepOwner, @Valid Compensate compensate) {}

  /** An activity to credit to a tier program when a promise is broken. */
  public record Compensate(@NotBlank String program, @NotNull ObjectNode activity) {}
}
