package dev.pledge.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code pledge} in-process and captures what it printed. */
public record Run(int exitCode, String out, String err) {
  /** The bundled example configurations, relative to the cli module. */
  public static final Path SKYCLUB = Path.of("../examples/programs/skyclub.json");
  public static final Path SHOP = Path.of("../examples/programs/shop.json");

  public static Run of(String... args) {
    return withStdin("", args);
  }

  public static Run withStdin(String stdin, String... args) {
    return withStdinBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with {@code stdin} as standard input, and standard error not a terminal. */
  public static Run withStdinBytes(byte[] stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin);
    return in(new PledgeCommand(in, () -> false, System::nanoTime), args);
  }

  /** Runs the command line of {@code root} (its standard input, terminal and clock). */
  public static Run in(PledgeCommand root, String... args) {
    CommandLine cmd = PledgeCommand.commandLine(root);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    return new Run(code, out.toString(), err.toString());
  }
}
