package dev.pledge.cli.input;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.output.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.PledgeException;
import dev.pledge.input.InputLineException;
import dev.pledge.input.InputReadException;
import dev.pledge.input.JsonLinesReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The JSON Lines pipeline every streaming command shares. Reads an {@link Input} one line at a
 * time (memory stays bounded however long the input), skips blank lines, reads each line with a
 * {@link JsonLinesReader} (core's strict reader of JSON Lines), hands the record to a
 * {@link LineHandler} and writes each record the handler returns as one line on stdout.
 *
 * <p>A bad line (invalid JSON or UTF-8, not an object, longer than {@link #MAX_LINE_BYTES}, or rejected by
 * the handler) is reported on stderr as {@code INPUT:LINE: reason} and counted; the other lines
 * are still processed. So is a line whose reading or handling fails with any other exception (a
 * bug): its reason names the failure as an internal error ({@link RecordFailure}). At the end a
 * summary {@code read N lines, processed N, rejected N} goes to stderr. Line numbers count every
 * physical line, blank ones too, so they match an editor's.
 */
public final class JsonLines {
  /** Lines longer than this many bytes are rejected without being held in memory. */
  public static final int MAX_LINE_BYTES = JsonLinesReader.MAX_LINE_BYTES;

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
  private final Workers workers;
  private final Runnable beforeMessage;

  private JsonLines(PrintWriter out, PrintWriter err, boolean progress, LongSupplier nanoClock,
      boolean printSummary, Workers workers, Runnable beforeMessage) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.progress = progress;
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.printSummary = printSummary;
    this.workers = Objects.requireNonNull(workers, "workers");
    this.beforeMessage = Objects.requireNonNull(beforeMessage, "beforeMessage");
  }

  /**
   * A pipeline writing records to {@code out} and messages to {@code err}, without progress
   * (commands turn it on with {@link #withProgress}).
   */
  public static JsonLines to(PrintWriter out, PrintWriter err) {
    return new JsonLines(out, err, false, System::nanoTime, true, Workers.one(), () -> { });
  }

  /**
   * A copy that does not print the closing summary: for commands that read several inputs and
   * print one summary of them all ({@link Summary#plus}).
   */
  public JsonLines withoutSummary() {
    return new JsonLines(out, err, progress, nanoClock, false, workers, beforeMessage);
  }

  /** Prints {@code summary} as the closing line on stderr. */
  public void printSummary(Summary summary) {
    out.flush();
    err.println(summary);
    err.flush();
  }

  /** Reports a problem on stderr as {@code INPUT:LINE: reason}, as the pipeline does for bad lines. */
  public void reject(String input, long line, String reason) {
    beforeMessage.run();
    err.println(input + ":" + line + ": " + reason);
  }

  /**
   * Prints the stack trace of {@code failure}, a failure of one record already reported with
   * {@link #reject}, on stderr if it is a bug and {@code PLEDGE_DEBUG} is set
   * ({@link RecordFailure#debug}).
   */
  public void debug(Throwable failure) {
    RecordFailure.debug(err, failure);
  }

  /** Writes one record as a line on stdout (for records produced after the input was read). */
  public void write(JsonNode record) {
    writeLine(render(record));
  }

  /** {@code record} as the one line {@link #write} writes, without the line end; on any thread. */
  public static String render(JsonNode record) {
    try {
      return Json.mapper().writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an output record", e);
    }
  }

  /** Writes a line {@link #render} made. */
  public void writeLine(String rendered) {
    out.write(rendered);
    out.write('\n');
  }

  /** A copy that shows progress every {@link Progress#INTERVAL} (or not), measured by {@code clock}. */
  public JsonLines withProgress(boolean enabled, LongSupplier clock) {
    return new JsonLines(out, err, enabled, clock, printSummary, workers, beforeMessage);
  }

  /** A copy that parses lines on {@code workers} (records still reach the handler in input order). */
  public JsonLines withWorkers(Workers workers) {
    return new JsonLines(out, err, progress, nanoClock, printSummary, workers, beforeMessage);
  }

  /**
   * A copy that runs {@code barrier} before it prints a bad line's message: work still in flight
   * (an {@link OrderedWork}) is delivered first, so messages and output keep the order of a
   * one-thread run.
   */
  public JsonLines beforeMessages(Runnable barrier) {
    return new JsonLines(out, err, progress, nanoClock, printSummary, workers, barrier);
  }

  /**
   * Runs the pipeline over {@code input}, each line a JSON object, and closes it. Stdout is
   * flushed at the end.
   *
   * @return the counts; {@link Summary#exitCode()} is the command's exit status
   * @throws PledgeException if the input cannot be read (an I/O error), naming the line
   */
  public Summary run(Input input, LineHandler<ObjectNode> handler) {
    return run(input, JsonLinesReader.objects(), handler);
  }

  /**
   * Runs the pipeline over {@code input}, each line read by {@code reader}, and closes it. Stdout
   * is flushed at the end.
   *
   * @return the counts; {@link Summary#exitCode()} is the command's exit status
   * @throws PledgeException if the input cannot be read (an I/O error), naming the line
   */
  public <T> Summary run(Input input, JsonLinesReader<T> reader, LineHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    Run<T> run = new Run<>(input.name(), handler, new Progress(err, progress, nanoClock));
    try (InputStream in = input.stream()) {
      if (workers.executor().isPresent()) {
        reader.read(in, run, workers.executor().get(), workers.threads());
      } else {
        reader.read(in, run);
      }
    } catch (InputReadException e) {
      out.flush();
      throw new PledgeException(input.name() + ":" + e.line() + ": " + Input.why(e.getCause()), e);
    } catch (IOException e) {
      out.flush();
      throw new PledgeException(input.name() + ":" + (run.lastLine + 1) + ": " + Input.why(e), e);
    }
    out.flush();
    Summary summary = new Summary(run.read, run.read - run.rejected, run.rejected);
    if (printSummary) {
      err.println(summary);
    }
    err.flush();
    return summary;
  }

  /** One run: hands each record to the handler, reports bad lines, counts and shows progress. */
  private final class Run<T> implements JsonLinesReader.LineSink<T> {
    private final String inputName;
    private final LineHandler<T> handler;
    private final Progress meter;
    private long read;
    private long rejected;
    private long lastLine;

    Run(String inputName, LineHandler<T> handler, Progress meter) {
      this.inputName = inputName;
      this.handler = handler;
      this.meter = meter;
    }

    @Override
    public void accept(long line, T record) {
      lastLine = line;
      read++;
      List<JsonNode> results;
      try {
        results = handler.handle(line, record);
      } catch (RuntimeException | StackOverflowError e) {
        // a bad record (PledgeException) or a bug on this record: either way this line only
        rejected(line, RecordFailure.reason(e));
        RecordFailure.debug(err, e);
        return;
      }
      for (JsonNode result : results) {
        write(result);
      }
      meter.update(read, rejected);
    }

    @Override
    public void reject(InputLineException problem) {
      lastLine = problem.line();
      read++;
      rejected(problem.line(), RecordFailure.reason(problem));
      RecordFailure.debug(err, problem.getCause());
    }

    private void rejected(long line, String reason) {
      beforeMessage.run();
      rejected++;
      err.println(inputName + ":" + line + ": " + reason);
      meter.update(read, rejected);
    }
  }
}
