package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.rule.RuleSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A named rule set as written in JSON (docs/reference.md, {@code ruleSets}). */
public record RuleSetConfig(@NotNull RuleSet.Mode mode, @NotEmpty List<@NotNull @Valid Rule> rules) {

  /** A rule: an id, an optional condition (absent holds) and a payload. */
  public record Rule(@NotBlank String id, JsonNode when, @NotNull JsonNode then) {}
}
