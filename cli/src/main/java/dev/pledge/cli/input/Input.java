package dev.pledge.cli.input;

import dev.pledge.PledgeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named input of UTF-8 JSON Lines: a file, or standard input when the command line says
 * {@code -}.
 *
 * @param name the name used in messages: the path as given, or {@code <stdin>}
 * @param stream the bytes; the caller closes it (closing never closes standard input)
 */
public record Input(String name, InputStream stream) {
  /** The name used for standard input in messages. */
  public static final String STDIN = "<stdin>";

  /** Checks the components. */
  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stream, "stream");
  }

  /**
   * Opens {@code spec}: {@code -} for {@code stdin}, otherwise a file path.
   *
   * @throws PledgeException with one clear line if the file cannot be opened
   */
  public static Input open(String spec, InputStream stdin) {
    Objects.requireNonNull(spec, "spec");
    if (spec.equals("-")) {
      InputStream unclosable = new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process, not to this input
        }
      };
      return new Input(STDIN, unclosable);
    }
    Path path = Path.of(spec);
    try {
      if (Files.isDirectory(path)) {
        throw new PledgeException(spec + ": is a directory, not a file");
      }
      return new Input(spec, Files.newInputStream(path));
    } catch (IOException e) {
      throw cannotRead(spec, e);
    }
  }

  /**
   * Reads the whole input as UTF-8 text (a configuration document) and closes it.
   *
   * @throws PledgeException with one clear line ({@code NAME: why}) if it cannot be read or is
   *     not UTF-8
   */
  public String readText() {
    try (InputStream in = stream) {
      byte[] bytes = in.readAllBytes();
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  /**
   * Reads a whole (configuration) file as UTF-8 text.
   *
   * @throws PledgeException with one clear line if the file cannot be read
   */
  public static String readFile(Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw new PledgeException(path + ": is a directory, not a file");
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotRead(path.toString(), e);
    }
  }

  /** A one-line message for a file that cannot be read: {@code NAME: why}. */
  static PledgeException cannotRead(String name, IOException e) {
    return new PledgeException(name + ": " + why(e), e);
  }

  /** Why reading failed, in a few words. */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return "cannot read: " + e.getMessage();
  }
}
