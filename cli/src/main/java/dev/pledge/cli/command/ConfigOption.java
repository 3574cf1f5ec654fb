package dev.pledge.cli.command;

import dev.pledge.cli.input.ConfigFile;
import dev.pledge.Pledge;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command that reads a configuration shares (a picocli mixin). */
public final class ConfigOption {
  @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
      description = "The configuration document (JSON).")
  Path config;

  /** The configuration file as given. */
  Path path() {
    return config;
  }

  /** The file as given, for messages. */
  @Override
  public String toString() {
    return String.valueOf(config);
  }

  /** Loads the configuration; an invalid one stops the command with exit status 2. */
  Pledge load() {
    return ConfigFile.load(config);
  }
}
