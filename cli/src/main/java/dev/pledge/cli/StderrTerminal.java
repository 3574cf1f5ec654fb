package dev.pledge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether standard error is a terminal, which decides whether progress is shown. Java 17 has no
 * API for it ({@link System#console()} is about standard input and output), so this is a
 * heuristic:
 *
 * <ul>
 *   <li>On Linux, {@code /proc/self/fd/2} is a link to what file descriptor 2 is. A terminal is a
 *       pseudo-terminal {@code /dev/pts/N} (terminal emulators, ssh, {@code docker run -t}) or a
 *       {@code /dev/tty*} device (consoles, serial lines); a pipe ({@code pipe:[N]}), socket or
 *       file is not, whatever standard output is.
 *   <li>Where that link cannot be read (macOS, Windows, a Linux without {@code /proc}), the JVM
 *       having a console ({@code System.console() != null}: standard input and output are a
 *       terminal) stands in. That misses {@code pledge ... > out.jsonl} at a terminal and says yes
 *       to {@code pledge ... 2> err.log}; {@code --progress} and {@code --no-progress} decide
 *       there.
 * </ul>
 */
public final class StderrTerminal {
  /** Where Linux shows what standard error is. */
  static final Path PROC_FD_2 = Path.of("/proc/self/fd/2");

  private StderrTerminal() {}

  /** Whether this process's standard error is a terminal, by the heuristic above. */
  static boolean detect() {
    return detect(PROC_FD_2, () -> System.console() != null);
  }

  /**
   * Whether the link {@code fd2} points to a terminal device; {@code hasConsole} answers when the
   * link cannot be read.
   */
  static boolean detect(Path fd2, BooleanSupplier hasConsole) {
    String target;
    try {
      target = Files.readSymbolicLink(fd2).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return hasConsole.getAsBoolean();
    }
    return isTerminalDevice(target);
  }

  /** Whether {@code target}, what a file descriptor links to, is a terminal device. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
  }
}
