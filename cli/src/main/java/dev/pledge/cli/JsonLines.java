package dev.pledge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.PledgeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The JSON Lines pipeline every streaming command shares. Reads an {@link Input} one line at a
 * time (memory stays bounded however long the input), skips blank lines, parses each line as a
 * JSON object with the strict {@link Json#mapper()}, hands it to a {@link LineHandler} and writes
 * each record the handler returns as one line on stdout.
 *
 * <p>A bad line (invalid JSON or UTF-8, not an object, longer than {@link #MAX_LINE_BYTES}, or rejected by
 * the handler) is reported on stderr as {@code INPUT:LINE: reason} and counted; the other lines
 * are still processed. At the end a summary {@code read N lines, processed N, rejected N} goes to
 * stderr. Line numbers count every physical line, blank ones too, so they match an editor's.
 */
public final class JsonLines {
  /** Lines longer than this many bytes are rejected without being held in memory. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /**
   * What a run did.
   *
   * @param read the non-blank lines read
   * @param processed the lines handled successfully
   * @param rejected the lines reported as bad
   */
  public record Summary(long read, long processed, long rejected) {
    /** {@link ExitCode#OK} when nothing was rejected, {@link ExitCode#REJECTED} otherwise. */
    public int exitCode() {
      return rejected == 0 ? ExitCode.OK : ExitCode.REJECTED;
    }

    /** Renders as {@code read N lines, processed N, rejected N}. */
    @Override
    public String toString() {
      return "read " + read + " lines, processed " + processed + ", rejected " + rejected;
    }

    /** The counts of this run and {@code other} added together (several inputs, one summary). */
    public Summary plus(Summary other) {
      return new Summary(read + other.read, processed + other.processed, rejected + other.rejected);
    }

    /** A copy where {@code lines} processed lines turned out bad after all (a whole group failed). */
    public Summary rejectingAlso(long lines) {
      return new Summary(read, processed - lines, rejected + lines);
    }
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean progress;
  private final LongSupplier nanoClock;
  private final boolean printSummary;

  private JsonLines(PrintWriter out, PrintWriter err, boolean progress, LongSupplier nanoClock,
      boolean printSummary) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.progress = progress;
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.printSummary = printSummary;
  }

  /**
   * A pipeline writing records to {@code out} and messages to {@code err}, without progress
   * (commands turn it on with {@link #withProgress}).
   */
  public static JsonLines to(PrintWriter out, PrintWriter err) {
    return new JsonLines(out, err, false, System::nanoTime, true);
  }

  /**
   * A copy that does not print the closing summary: for commands that read several inputs and
   * print one summary of them all ({@link Summary#plus}).
   */
  public JsonLines withoutSummary() {
    return new JsonLines(out, err, progress, nanoClock, false);
  }

  /** Prints {@code summary} as the closing line on stderr. */
  public void printSummary(Summary summary) {
    out.flush();
    err.println(summary);
    err.flush();
  }

  /** Reports a problem on stderr as {@code INPUT:LINE: reason}, as the pipeline does for bad lines. */
  public void reject(String input, long line, String reason) {
    err.println(input + ":" + line + ": " + reason);
  }

  /** Writes one record as a line on stdout (for records produced after the input was read). */
  public void write(JsonNode record) {
    try {
      out.write(Json.mapper().writeValueAsString(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an output record", e);
    }
    out.write('\n');
  }

  /** A copy that shows progress every {@link Progress#INTERVAL} (or not), measured by {@code clock}. */
  JsonLines withProgress(boolean enabled, LongSupplier clock) {
    return new JsonLines(out, err, enabled, clock, printSummary);
  }

  /**
   * Runs the pipeline over {@code input} and closes it. Stdout is flushed at the end.
   *
   * @return the counts; {@link Summary#exitCode()} is the command's exit status
   * @throws PledgeException if the input cannot be read (an I/O error), naming the line
   */
  public Summary run(Input input, LineHandler handler) {
    Objects.requireNonNull(handler, "handler");
    Progress meter = new Progress(err, progress, nanoClock);
    long read = 0;
    long rejected = 0;
    long lineNumber = 0;
    try (LineReader lines = new LineReader(input.stream(), MAX_LINE_BYTES)) {
      for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
        LineReader.Line line = next.get();
        lineNumber = line.number();
        if (line.problem().isEmpty() && line.text().isBlank()) {
          continue;
        }
        read++;
        Optional<String> reason = process(line, handler);
        if (reason.isPresent()) {
          rejected++;
          err.println(input.name() + ":" + line.number() + ": " + reason.get());
        }
        meter.update(read, rejected);
      }
    } catch (IOException e) {
      out.flush();
      throw new PledgeException(input.name() + ":" + (lineNumber + 1) + ": " + Input.why(e), e);
    }
    out.flush();
    Summary summary = new Summary(read, read - rejected, rejected);
    if (printSummary) {
      err.println(summary);
    }
    err.flush();
    return summary;
  }

  /** Handles one line; the reason it was rejected, or empty if it was processed. */
  private Optional<String> process(LineReader.Line line, LineHandler handler) {
    if (line.problem().isPresent()) {
      return line.problem();
    }
    JsonNode record;
    try {
      record = Json.mapper().readTree(line.text());
    } catch (JsonProcessingException e) {
      return Optional.of(Reasons.ofParse(e));
    }
    if (!(record instanceof ObjectNode object)) {
      return Optional.of("expected a JSON object, but was " + Json.describe(record));
    }
    List<JsonNode> results;
    try {
      results = handler.handle(line.number(), object);
    } catch (JsonProcessingException e) {
      return Optional.of(Reasons.ofBinding(e, object));
    } catch (PledgeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
    for (JsonNode result : results) {
      write(result);
    }
    return Optional.empty();
  }
}
