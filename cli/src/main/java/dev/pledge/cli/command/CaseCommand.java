package dev.pledge.cli.command;

import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.JsonLines;
import dev.pledge.Pledge;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the case commands ({@code sla}, {@code report}, {@code check}, {@code escalations}) share:
 * their inputs ({@link CaseInputs}) and the preamble of a run. The configuration is loaded first
 * (an invalid one stops the command with exit status 2 before any input is read), then the
 * command runs with the loaded configuration, its output and error writers and a JSON Lines
 * pipeline that leaves the closing summary to the command.
 */
public abstract class CaseCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Mixin
  CaseInputs inputs;

  /**
   * What a case command runs with.
   *
   * @param pledge the loaded configuration
   * @param out standard output
   * @param err standard error
   * @param lines the pipeline, without its closing summary ({@link JsonLines#printSummary})
   * @param stdin what {@code -} reads
   */
  record Context(Pledge pledge, PrintWriter out, PrintWriter err, JsonLines lines, InputStream stdin) {}

  @Override
  public final Integer call() {
    Pledge pledge = inputs.load();
    CommandLine cmd = spec.commandLine();
    JsonLines lines = parent.jsonLines(cmd, inputs.progress).withoutSummary();
    return run(new Context(pledge, cmd.getOut(), cmd.getErr(), lines, parent.stdin()));
  }

  /** Runs the command; returns its exit status. */
  abstract int run(Context run);
}
