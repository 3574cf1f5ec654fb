package dev.pledge.tier;

import java.util.Objects;

/**
 * What a level's {@code qualify} asks of the running period's metrics, and how far they are.
 *
 * @param level the level
 * @param requirement its {@code qualify} as progress
 */
public record LevelProgress(String level, Requirement requirement) {

  /** Checks the components. */
  public LevelProgress {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(requirement, "requirement");
  }

  /** Whether the running period's metrics already satisfy the level's {@code qualify}. */
  public boolean met() {
    return requirement.met();
  }

  /** The progress as people read it: {@code "platinum: xp 190 of 300, 110 to go"}. */
  @Override
  public String toString() {
    return level + ": " + requirement;
  }
}
