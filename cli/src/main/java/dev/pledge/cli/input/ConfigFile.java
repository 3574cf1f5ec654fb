package dev.pledge.cli.input;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import java.nio.file.Path;

/**
 * Loads the configuration a command names (a file, or standard input for {@code -}), turning
 * failures into one-line user errors.
 */
public final class ConfigFile {
  private ConfigFile() {}

  /**
   * Loads {@code path} with the rule modules on the class path.
   *
   * @throws InvalidConfigException with every problem if the document is invalid
   * @throws PledgeException with one line if the file cannot be read
   */
  public static Pledge load(Path path) {
    return load(Input.readFile(path), path.toString());
  }

  /**
   * Loads {@code input} whole with the rule modules on the class path; problems name it by
   * {@link Input#name()} ({@code <stdin>} for standard input).
   *
   * @throws InvalidConfigException with every problem if the document is invalid
   * @throws PledgeException with one line if the input cannot be read or is not UTF-8
   */
  public static Pledge load(Input input) {
    return load(input.readText(), input.name());
  }

  private static Pledge load(String json, String name) {
    try {
      return Pledge.builder().loadJson(json, name);
    } catch (ConfigException e) {
      throw new InvalidConfigException(name, e);
    }
  }
}
