package dev.pledge.config.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.tier.Validity;
import dev.pledge.tier.PeriodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A tier program as written in JSON (docs/reference.md, {@code programs}). Metrics and conditions stay trees. */
public record ProgramConfig(
    ZoneId zone,
    @NotNull Map<String, JsonNode> metrics,
    @NotNull @Valid Period period,
    @NotEmpty List<@NotNull @Valid Level> levels,
    @Valid ValidityRule validity,
    @Valid Downgrade downgrade,
    dev.pledge.tier.Upgrade upgrade,
    @Valid Rollover rollover,
    Map<String, @NotNull @Valid Challenge> challenges,
    List<@NotBlank String> subscriptions) {

  /** How a program's year is cut, and for the types that take it, how it is aligned to months. */
  public record Period(@NotNull PeriodType type,
      @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
          message = "must be a month and day as \"MM-DD\"") String start,
      dev.pledge.tier.Alignment align) {}

  /**
   * A level: its id, what earns it, what earns it in periods from a date on ({@code qualifyFrom}:
   * date to condition), what makes it permanent, and what keeps it at a review ({@code retain},
   * {@code retainFrom}).
   */
  public record Level(@NotBlank String id, JsonNode qualify, Map<String, JsonNode> qualifyFrom, JsonNode lifetime,
      JsonNode retain, Map<String, JsonNode> retainFrom) {}

  /**
   * How long an earned level holds: the string form ({@code "next-period"}) or an object with a
   * {@code grace} ({@code {"type": "next-period", "grace": "P1M"}}).
   */
  public record ValidityRule(@NotNull Validity type, java.time.Period grace) {

    /**
     * The string form: the validity without grace.
     *
     * @throws IllegalArgumentException naming the allowed values, if {@code name} is none of them
     */
    @JsonCreator
    public static ValidityRule of(String name) {
      return new ValidityRule(Validity.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
          "must be " + Expectations.describe(Validity.class) + ", but was " + Expectations.quote(name))), null);
    }
  }

  /** What happens at review when a level was not re-earned. */
  public record Downgrade(@NotNull dev.pledge.tier.Downgrade.Mode mode, @PositiveOrZero Integer maxDrop) {}

  /**
   * Which metric's surplus carries into the next period, the cap ({@code max}: a number, or an
   * object of level id to number), the share of the surplus that carries and whether carried value
   * carries again.
   */
  public record Rollover(@NotBlank String metric, @NotNull JsonNode max, BigDecimal share, Boolean once) {}

  /** A challenge: the level is granted for {@code days}; meeting {@code qualify} makes it earned. */
  public record Challenge(@NotNull @Positive Integer days, @NotNull JsonNode qualify) {}
}
