package dev.pledge.cli;

import dev.pledge.Pledge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pledge validate FILE}: loads a configuration and says {@code valid}, or every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a configuration file.",
        "Prints 'valid' and a one-line summary, or every problem as "
            + "FILE: /pointer at line:col: message on stderr."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge validate examples/programs/skyclub.json",
        "  pledge validate shop.json || echo 'fix the configuration first'"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The configuration document (JSON).")
  private Path file;

  @Override
  public Integer call() {
    Pledge pledge = ConfigFile.load(file);
    PrintWriter out = spec.commandLine().getOut();
    out.println("valid");
    out.println(summary(pledge));
    out.flush();
    return ExitCode.OK;
  }

  private String summary(Pledge pledge) {
    String name = pledge.name().isEmpty() ? file.toString() : pledge.name();
    int sets = pledge.ruleSetNames().size();
    return name + ": " + sets + (sets == 1 ? " rule set" : " rule sets")
        + (sets == 0 ? "" : " (" + String.join(", ", pledge.ruleSetNames().stream().sorted().toList()) + ")")
        + "; rule modules: " + String.join(", ", pledge.modules());
  }
}
