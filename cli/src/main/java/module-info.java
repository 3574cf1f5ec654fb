/**
 * The {@code pledge} command. It uses only the public API of Pledge's modules: this module
 * declaration lets the compiler check that no {@code internal} package is imported.
 */
module dev.pledge.cli {
  requires dev.pledge.core;
  // The standard rule module: found by the loader with ServiceLoader, never imported.
  requires dev.pledge.rules;
  requires dev.pledge.schema;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  // An application: it exports nothing (run it with -m dev.pledge.cli/dev.pledge.cli.PledgeCommand).
  // picocli sets the annotated fields of the commands and their options by reflection.
  opens dev.pledge.cli to info.picocli;
  opens dev.pledge.cli.command to info.picocli;
  // A facts line is bound to FactsLine by core's strict reader (Jackson).
  opens dev.pledge.cli.input to com.fasterxml.jackson.databind;
}
