package dev.pledge.config.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** A service policy as written in JSON (docs/reference.md, {@code servicePolicies}). */
public record ServicePolicyConfig(
    @NotBlank String id,
    JsonNode when,
    @NotBlank String calendar,
    @NotEmpty Map<SlaMetric, @NotNull Duration> targets,
    @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be a number > 0")
    @DecimalMax(value = "1", message = "must be a number <= 1") BigDecimal objective) {

  /** The metrics a policy can target. */
  public enum SlaMetric {
    @JsonProperty("first-response") FIRST_RESPONSE,
    @JsonProperty("next-response") NEXT_RESPONSE,
    @JsonProperty("periodic-update") PERIODIC_UPDATE,
    @JsonProperty("resolution") RESOLUTION,
    @JsonProperty("agent-work") AGENT_WORK;

    /** The JSON name ({@code first-response}). */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
