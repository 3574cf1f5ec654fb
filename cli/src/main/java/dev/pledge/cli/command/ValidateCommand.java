package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.PledgeCommand;
import dev.pledge.cli.input.ConfigFile;
import dev.pledge.cli.input.Input;
import dev.pledge.Pledge;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pledge validate FILE|-}: loads a configuration (from standard input for {@code -}) and
 * says {@code valid}, or every problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a configuration file.",
        "Prints 'valid' and a one-line summary, or every problem as "
            + "FILE: /pointer at line:col: message on stderr (FILE is <stdin> for -)."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge validate examples/programs/skyclub.json",
        "  pledge validate shop.json || echo 'fix the configuration first'",
        "  generate-config | pledge validate -"})
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private PledgeCommand parent;

  @Parameters(paramLabel = "FILE|-",
      description = "The configuration document (JSON); - reads standard input.")
  private String file;

  @Override
  public Integer call() {
    Input input = Input.open(file, parent.stdin());
    Pledge pledge = ConfigFile.load(input);
    PrintWriter out = spec.commandLine().getOut();
    out.println("valid");
    out.println(summary(pledge, input.name()));
    out.flush();
    return ExitCode.OK;
  }

  private static String summary(Pledge pledge, String source) {
    String name = pledge.name().isEmpty() ? source : pledge.name();
    int sets = pledge.ruleSetNames().size();
    return name + ": " + sets + (sets == 1 ? " rule set" : " rule sets")
        + (sets == 0 ? "" : " (" + String.join(", ", pledge.ruleSetNames().stream().sorted().toList()) + ")")
        + "; rule modules: " + String.join(", ", pledge.modules());
  }
}
