package dev.pledge.cli.command;

import dev.pledge.cli.input.Workers;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --threads} option of the commands that parse and evaluate large inputs (a picocli mixin). */
public final class ThreadsOption {
  /** The most threads accepted: more would only wait on each other. */
  static final int MAX = 256;
  /** The most threads by default, however many processors: each holds batches in memory. */
  static final int DEFAULT_MAX = 16;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse and evaluate the input (default: one per processor, at most 16). Output "
          + "and messages are the same, in the same order, whatever the number; 1 does everything "
          + "on one thread.")
  Integer threads;

  /** The workers to run with; the caller closes them. */
  Workers start() {
    int n = threads != null ? threads : Math.min(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX);
    if (n < 1 || n > MAX) {
      throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + MAX + ", but was " + n);
    }
    return Workers.of(n);
  }
}
