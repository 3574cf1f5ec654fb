package dev.pledge.cli.command;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code pledge} in a JVM of its own, with a small heap and {@link FaultyRules} registered as
 * a rule module on its class path, the way a user adds a module: for the failures that cannot be
 * provoked in the test's own JVM (a module's bug, a heap that runs out).
 *
 * @param exitCode the process's exit status
 * @param out what it wrote on standard output
 * @param err what it wrote on standard error
 */
record Forked(int exitCode, String out, String err) {
  /** The longest a run may take before the test fails. */
  static final long TIMEOUT_SECONDS = 120;

  /** What is written on the process's standard input; it may stop writing when the process ends. */
  @FunctionalInterface
  interface Stdin {
    void writeTo(OutputStream in) throws IOException;
  }

  /** Runs {@code pledge args} with {@code heap} ({@code 64m}) and no standard input, in {@code dir}. */
  static Forked run(Path dir, String heap, String... args) {
    return run(dir, heap, in -> { }, args);
  }

  /** Runs {@code pledge args} with {@code heap}, {@code stdin} written to its standard input. */
  static Forked run(Path dir, String heap, Stdin stdin, String... args) {
    try {
      Path services = dir.resolve("module/META-INF/services");
      Files.createDirectories(services);
      Files.writeString(services.resolve("dev.pledge.rule.RuleModule"), FaultyRules.class.getName() + "\n");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
          // a heap that runs out is given up on soon (the GC overhead limit) rather than after minutes
          "-XX:+UseParallelGC", "-XX:GCTimeLimit=20", "-XX:GCHeapFreeLimit=20", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path") + File.pathSeparator + dir.resolve("module"),
          "dev.pledge.cli.PledgeCommand"));
      command.addAll(List.of(args));
      Path out = dir.resolve("out.txt");
      Path err = dir.resolve("err.txt");
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().remove("PLEDGE_DEBUG");
      Process process = builder.start();
      Thread writer = new Thread(() -> {
        try (OutputStream in = process.getOutputStream()) {
          stdin.writeTo(in);
        } catch (IOException e) {
          // the process stopped reading: it ended, which is what the test looks at
        }
      }, "pledge-stdin");
      writer.setDaemon(true);
      writer.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("pledge " + String.join(" ", args) + " ran past " + TIMEOUT_SECONDS + " s");
      }
      return new Forked(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
