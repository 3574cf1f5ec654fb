package dev.pledge.cli;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import java.nio.file.Path;

/** Loads the configuration file a command names, turning failures into one-line user errors. */
final class ConfigFile {
  private ConfigFile() {}

  /**
   * Loads {@code path} with the rule modules on the class path.
   *
   * @throws InvalidConfigException with every problem if the document is invalid
   * @throws PledgeException with one line if the file cannot be read
   */
  static Pledge load(Path path) {
    String json = Input.readFile(path);
    try {
      return Pledge.builder().loadJson(json, path.toString());
    } catch (ConfigException e) {
      throw new InvalidConfigException(path.toString(), e);
    }
  }
}
