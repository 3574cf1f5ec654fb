package dev.pledge.cli.command;

import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;

/** The {@code --[no-]progress} option every streaming command shares (a picocli mixin). */
public final class ProgressOption {
  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr every two seconds, or never (--no-progress). "
          + "Default: only when stderr is a terminal.")
  Boolean forced;

  /**
   * Whether to show progress: as {@code --progress} or {@code --no-progress} say, else whether
   * standard error is a terminal ({@code stderrIsTerminal} is asked only then).
   */
  public boolean enabled(BooleanSupplier stderrIsTerminal) {
    return forced != null ? forced : stderrIsTerminal.getAsBoolean();
  }
}
