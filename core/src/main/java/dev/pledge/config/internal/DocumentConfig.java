package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The top of a Pledge document. Each section stays a tree here and is bound by its own section
 * binder, so a problem in one section does not hide the problems of another.
 */
public record DocumentConfig(
    @NotNull @Min(value = 1, message = "must be 1 (the only format version)")
    @Max(value = 1, message = "must be 1 (the only format version)") Integer pledge,
    String name,
    ZoneId zone,
    Map<String, JsonNode> calendars,
    Map<String, JsonNode> programs,
    List<JsonNode> servicePolicies,
    JsonNode escalation,
    Map<String, JsonNode> ruleSets,
    JsonNode measures) {

  /** Empty sections instead of absent ones. */
  public DocumentConfig {
    calendars = calendars == null ? Map.of() : calendars;
    programs = programs == null ? Map.of() : programs;
    servicePolicies = servicePolicies == null ? List.of() : servicePolicies;
    ruleSets = ruleSets == null ? Map.of() : ruleSets;
  }
}
