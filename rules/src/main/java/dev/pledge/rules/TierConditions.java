package dev.pledge.rules;

import dev.pledge.rule.ConditionType;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.tier.PeriodsAtLevel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Conditions about the tier program being evaluated: {@code periods-at-level}. */
final class TierConditions {
  private TierConditions() {}

  record PeriodsAtLevelParameters(@NotBlank String level, @NotNull @Min(1) Integer atLeast, Boolean consecutive) {}

  /** Completed periods of the program ended at a level or higher: {@link PeriodsAtLevel}. */
  static final ConditionType<PeriodsAtLevelParameters> PERIODS_AT_LEVEL = ConditionType.of("periods-at-level",
      PeriodsAtLevelParameters.class, (p, ctx) -> {
        List<String> levels = ctx.programLevels().orElseThrow(() -> new RuleDefinitionException("",
            "\"periods-at-level\" counts the periods of a tier program, so it is usable only in a program's "
                + "qualify, qualifyFrom, lifetime and challenges"));
        if (!levels.contains(p.level())) {
          throw new RuleDefinitionException("level", "unknown level \"" + p.level() + "\"; this program's levels are "
              + Leaf.list(levels));
        }
        return new PeriodsAtLevel(p.level(), p.atLeast(), Boolean.TRUE.equals(p.consecutive()));
      });
}
