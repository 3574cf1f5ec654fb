package dev.pledge.config.internal;

import dev.pledge.measure.PeriodUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.List;

/**
 * The measures section as written in JSON (docs/measures.md): which activities show a customer is
 * active, how long without one makes a churned customer, how figures are cut in time (default
 * {@code month}), and the program whose level breaks them down.
 */
public record MeasuresConfig(@NotNull @Valid Active active, @NotNull Period churnAfter, PeriodUnit period,
    @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must be the name of a tier program") String tiers) {

  /** The activity kinds that show a customer is active. */
  public record Active(@NotEmpty List<@NotBlank String> kinds) {}
}
