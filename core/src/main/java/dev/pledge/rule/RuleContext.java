package dev.pledge.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a factory may know while a configuration is compiled: the programs and their levels, and
 * the metrics in scope. Factories use it to check references at load time and throw
 * {@link RuleDefinitionException} for a name that does not exist.
 */
public interface RuleContext {

  /** The names of every tier program in the configuration. */
  Set<String> programs();

  /** The level ids of {@code program}, lowest first, or empty if there is no such program. */
  Optional<List<String>> levels(String program);

  /**
   * The metric names in scope: present inside a tier program (its metrics), empty elsewhere
   * (anything goes: the facts will say).
   */
  Optional<Set<String>> metrics();

  /**
   * The level ids, lowest first, of the tier program whose conditions are being compiled: present
   * inside a program (its levels' {@code qualify}, {@code qualifyFrom} and {@code lifetime}, its
   * challenges), empty elsewhere. A condition about the program's own periods
   * ({@code periods-at-level}) checks its level against it, and is not usable where it is empty.
   */
  default Optional<List<String>> programLevels() {
    return Optional.empty();
  }
}
