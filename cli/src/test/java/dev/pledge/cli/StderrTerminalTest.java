package dev.pledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StderrTerminalTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "/dev/pts/0, true",
      "/dev/pts/17, true",
      "/dev/tty, true",
      "/dev/tty1, true",
      "/dev/ttyS0, true",
      "'pipe:[40261]', false",
      "'socket:[1123]', false",
      "/dev/null, false",
      "/home/anna/pledge.log, false",
      "/dev/ptmx, false"})
  void aTerminalIsAPseudoTerminalOrATtyDevice(String target, boolean terminal) {
    assertThat(StderrTerminal.isTerminalDevice(target)).isEqualTo(terminal);
  }

  @Test
  void aLinkToAPseudoTerminalIsATerminalWhateverTheConsoleSays() throws IOException {
    Path fd2 = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));

    assertThat(StderrTerminal.detect(fd2, () -> false)).isTrue();
  }

  @Test
  void aLinkToAPipeIsNotATerminalWhateverTheConsoleSays() throws IOException {
    Path fd2 = Files.createSymbolicLink(dir.resolve("2"), Path.of("pipe:[40261]"));

    assertThat(StderrTerminal.detect(fd2, () -> true)).isFalse();
  }

  @Test
  void withoutALinkToReadTheConsoleDecides() {
    Path missing = dir.resolve("no-proc");

    assertThat(StderrTerminal.detect(missing, () -> true)).isTrue();
    assertThat(StderrTerminal.detect(missing, () -> false)).isFalse();
  }
}
