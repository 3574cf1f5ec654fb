package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.schema.ConfigSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pledge schema}: prints the JSON Schema of a configuration, for editors and CI. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema (draft 2020-12) of a configuration document.",
        "Conditions and metrics list every type of the rule modules on the class path."},
    footerHeading = "%nExamples:%n",
    footer = {"  pledge schema > pledge.schema.json",
        "  pledge schema | jq '.[\"$defs\"].condition.properties.type.enum'"})
public final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ConfigSchema.discovered().text());
    out.flush();
    return ExitCode.OK;
  }
}
