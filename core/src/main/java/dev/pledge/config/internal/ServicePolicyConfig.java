package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.pledge.sla.Metric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/** A service policy as written in JSON (docs/reference.md, {@code servicePolicies}). */
public record ServicePolicyConfig(
    @NotBlank String id,
    JsonNode when,
    @NotBlank String calendar,
    @NotEmpty @JsonDeserialize(keyUsing = MetricKey.class) Map<Metric, @NotNull @Valid TargetConfig> targets,
    @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be a number > 0")
    @DecimalMax(value = "1", message = "must be a number <= 1") BigDecimal objective) {
}
