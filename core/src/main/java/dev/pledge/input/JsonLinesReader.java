package dev.pledge.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.PledgeException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.internal.ActivityLine;
import dev.pledge.input.internal.CaseEventLine;
import dev.pledge.input.internal.CustomerLine;
import dev.pledge.input.internal.LineReader;
import dev.pledge.input.internal.Reasons;
import dev.pledge.internal.JsonLinesMapper;
import dev.pledge.internal.JsonTree;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads one of Pledge's JSON Lines input formats: {@link #caseEvents()}, {@link #activities()},
 * {@link #customers()} (the formats of docs/cli.md), or any JSON object a line
 * ({@link #objects()}) or a record of the caller's ({@link #binding(Class)}).
 *
 * <p>Every line is one JSON object, read strictly with the configuration loader's limits (nesting
 * 64 deep, strings of 1 MiB, numbers of 64 digits, names of 1024 characters): duplicate keys,
 * trailing text and values of the wrong type are errors, numbers with a fraction are exact. A line
 * that cannot be read is an {@link InputLineException} naming the line and, for JSON that does not
 * parse, the column, and saying what is wrong in a few words ({@code line 3: /at: expected an
 * ISO-8601 instant such as 2026-03-02T09:00:00Z, but was "soon"}).
 *
 * <p>{@link #read(InputStream, LineSink)} reads a whole stream of UTF-8 lines in bounded memory
 * (one line at a time, each at most {@link #MAX_LINE_BYTES} bytes), skips blank lines (they count
 * in line numbers, so numbers match an editor's), and hands each record or bad line to a sink: a
 * bad line does not stop the reading. Immutable and thread-safe; a stream is read by one thread.
 *
 * @param <T> what one line is read as
 */
public final class JsonLinesReader<T> {
  /** Lines longer than this many bytes (1 MiB) are rejected without being held in memory. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final JsonLinesReader<CaseEvent> CASE_EVENTS =
      new JsonLinesReader<>(CaseEventJson::read, CaseEventLine::tryRead);
  private static final JsonLinesReader<Activity> ACTIVITIES =
      new JsonLinesReader<>(ActivityLine::read, ActivityLine::tryRead);
  private static final JsonLinesReader<CustomerContext> CUSTOMERS = new JsonLinesReader<>(record ->
      JsonLinesMapper.mapper().treeToValue(record, CustomerLine.class).toContext());
  private static final JsonLinesReader<ObjectNode> OBJECTS = new JsonLinesReader<>(record -> record);

  /** Turns one parsed line into a value; throws to reject the line. */
  @FunctionalInterface
  private interface Binder<T> {
    T bind(ObjectNode record) throws JsonProcessingException;
  }

  /**
   * Receives what {@link #read(InputStream, LineSink)} reads, line by line, in input order.
   *
   * @param <T> what one line is read as
   */
  public interface LineSink<T> {
    /**
     * A line that was read.
     *
     * @param line the 1-based line number (blank lines count)
     * @param record what the line holds
     */
    void accept(long line, T record);

    /** A line that could not be read; the reading goes on with the next line. */
    void reject(InputLineException problem);
  }

  private final Binder<T> binder;
  private final Function<String, T> fast;  // the usual shape read without a tree, or null to read it so

  private JsonLinesReader(Binder<T> binder) {
    this(binder, line -> null);
  }

  private JsonLinesReader(Binder<T> binder, Function<String, T> fast) {
    this.binder = binder;
    this.fast = fast;
  }

  /**
   * Case events: {@code {"case":"k1","at":"2026-03-02T09:00:00Z","type":"opened","customer":"c1"}},
   * read as {@link CaseEventJson#read(JsonNode)} reads them. A bad event's problem is the
   * {@link dev.pledge.sla.CaseEventException}'s message, naming the case and the event; the
   * exception is the cause.
   */
  public static JsonLinesReader<CaseEvent> caseEvents() {
    return CASE_EVENTS;
  }

  /**
   * Activities: {@code {"customer":"c1","at":"2026-03-02T09:00:00Z","kind":"flight","id":"f1","xp":40}}.
   * {@code customer} (not blank), {@code at} (ISO-8601 with an offset) and {@code kind} are
   * required strings, {@code id} an optional string; every other field is free and must be a
   * number (exact, a {@code BigDecimal}), a string or a boolean. A {@code survey} (a customer's
   * answer) needs {@code nps}, a whole number from 0 to 10.
   */
  public static JsonLinesReader<Activity> activities() {
    return ACTIVITIES;
  }

  /**
   * Customers with their levels: {@code {"customer":"c1","joined":"2020-01-01","segments":["b2b"],
   * "attributes":{"country":"PL"},"tiers":{"status":"gold"}}}. Only {@code customer} is required;
   * {@code tiers} gives the customer's level per program. Other fields are errors.
   */
  public static JsonLinesReader<CustomerContext> customers() {
    return CUSTOMERS;
  }

  /** Any JSON object a line, for a caller's own format read by hand. */
  public static JsonLinesReader<ObjectNode> objects() {
    return OBJECTS;
  }

  /**
   * Each line bound strictly to {@code type} (a record, say): unknown properties, a {@code null}
   * inside an array or object and values of the wrong JSON type are errors naming the field; a
   * {@code null} field reads as absent. On the module path, open the type's package to
   * {@code com.fasterxml.jackson.databind}.
   */
  public static <R> JsonLinesReader<R> binding(Class<R> type) {
    Objects.requireNonNull(type, "type");
    return new JsonLinesReader<>(record -> JsonLinesMapper.mapper().treeToValue(record, type));
  }

  /**
   * Reads {@code line} as line 1 of an input.
   *
   * @throws InputLineException if the line cannot be read
   */
  public T read(String line) {
    return read(1, line);
  }

  /**
   * Reads {@code line}, line {@code lineNumber} of an input (the number is only used in the
   * exception).
   *
   * @throws InputLineException if the line is not a JSON object within the limits, or its record
   *     is not valid
   */
  public T read(long lineNumber, String line) {
    Objects.requireNonNull(line, "line");
    T simple = fast.apply(line);
    if (simple != null) {
      return simple;
    }
    JsonNode tree = tree(lineNumber, line);
    if (!(tree instanceof ObjectNode record)) {
      throw new InputLineException(lineNumber, 0,
          "expected a JSON object, but was " + JsonLinesMapper.describe(tree), null);
    }
    try {
      return binder.bind(record);
    } catch (JsonProcessingException e) {
      throw new InputLineException(lineNumber, 0, Reasons.ofBinding(e, record), e);
    } catch (PledgeException e) {
      throw new InputLineException(lineNumber, 0, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * {@code line} read as JSON with {@link JsonTree} (the limits, numbers in range, no repeated key,
   * nothing after the value).
   *
   * @throws InputLineException with the first problem, its column and Pledge's words
   */
  private static JsonNode tree(long lineNumber, String line) {
    InputLineException[] first = new InputLineException[1];
    Optional<JsonNode> tree = JsonTree.read(line, null, (pointer, l, column, message) -> {
      if (first[0] == null) {
        first[0] = new InputLineException(lineNumber, column,
            (pointer.isEmpty() ? "invalid JSON at column " + column : pointer) + ": " + message, null);
      }
    });
    if (first[0] != null) {
      throw first[0];
    }
    return tree.orElseThrow();
  }

  /**
   * Reads every line of {@code in} (UTF-8; a byte order mark and {@code \r\n} endings are
   * accepted) and hands each record, or the reason a line was rejected, to {@code sink}. Blank
   * lines are skipped. Does not close {@code in}. A line whose reading fails with an unexpected
   * exception (a bug, or a {@link StackOverflowError}) is handed to the sink too, as an
   * {@link InputLineException} saying {@code internal error (a bug, please report it): KIND} with
   * that exception as its cause, and the reading goes on.
   *
   * @throws InputReadException if the stream fails, naming the line being read
   */
  public void read(InputStream in, LineSink<? super T> sink) throws InputReadException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    LineReader lines = new LineReader(in, MAX_LINE_BYTES);
    long lineNumber = 0;
    try {
      for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
        lineNumber = next.get().number();
        deliver(lineNumber, parse(next.get()), sink);
      }
    } catch (IOException e) {
      throw new InputReadException(lineNumber + 1, e);
    }
  }

  /** Lines parsed together by one task of {@link #read(InputStream, LineSink, Executor, int)}, at most. */
  static final int BATCH_LINES = 512;
  /** A batch is cut at this many characters, whatever its lines: long lines do not make batches larger. */
  static final int BATCH_CHARS = 4 << 20;
  /** Batches parsed or waiting per thread of the executor, at most: bounds the memory. */
  static final int BATCHES_PER_THREAD = 4;

  /**
   * As {@link #read(InputStream, LineSink)}, with the lines parsed by {@code threads} tasks at a
   * time on {@code executor}: the calling thread splits the input into lines and hands the sink
   * every record and bad line on itself, in input order, exactly as the one-thread read does, while
   * batches of {@value #BATCH_LINES} lines (or 4 Mi characters, whichever comes first) are parsed
   * on the executor. Memory holds at most {@value #BATCHES_PER_THREAD} batches per thread. An
   * error while a line is read (beyond the bad lines the sink receives) is thrown here when the
   * lines before it have been handed over, as the one-thread read throws it. The calling thread
   * waits for the executor's tasks, so it must not be one of the executor's own threads (with a
   * fixed pool whose every thread waits so, nothing would run).
   *
   * @throws InputReadException if the stream fails, naming the line being read; every line
   *     before it has been handed to the sink
   */
  public void read(InputStream in, LineSink<? super T> sink, Executor executor, int threads) throws InputReadException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(executor, "executor");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
    }
    LineReader lines = new LineReader(in, MAX_LINE_BYTES);
    ArrayDeque<Parsing> parsing = new ArrayDeque<>();
    int inFlight = threads * BATCHES_PER_THREAD;
    long lineNumber = 0;
    List<LineReader.Line> batch = new ArrayList<>(BATCH_LINES);
    long chars = 0;
    try {
      for (Optional<LineReader.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
        lineNumber = next.get().number();
        batch.add(next.get());
        chars += next.get().text().length();
        if (batch.size() == BATCH_LINES || chars >= BATCH_CHARS) {
          parsing.add(parseLater(batch, executor));
          batch = new ArrayList<>(BATCH_LINES);
          chars = 0;
          // hand over what is parsed; wait for the oldest batch when too many are in flight
          while (!parsing.isEmpty() && (parsing.size() > inFlight || parsing.peek().outcomes().isDone())) {
            deliver(parsing.poll(), sink);
          }
        }
      }
    } catch (IOException e) {
      deliverAll(parsing, batch, sink);
      throw new InputReadException(lineNumber + 1, e);
    }
    deliverAll(parsing, batch, sink);
  }

  private void deliverAll(ArrayDeque<Parsing> parsing, List<LineReader.Line> rest,
      LineSink<? super T> sink) {
    while (!parsing.isEmpty()) {
      deliver(parsing.poll(), sink);
    }
    for (LineReader.Line line : rest) {
      deliver(line.number(), parse(line), sink);
    }
  }

  /** A batch of lines and what parsing them gives, one outcome a line, computed on the executor. */
  private record Parsing(List<LineReader.Line> lines, CompletableFuture<Object[]> outcomes) {}

  private Parsing parseLater(List<LineReader.Line> batch, Executor executor) {
    return new Parsing(batch, CompletableFuture.supplyAsync(() -> {
      Object[] parsed = new Object[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        try {
          parsed[i] = parse(batch.get(i));
        } catch (Throwable e) {  // an Error: thrown when the delivery reaches this line, as one thread would
          parsed[i] = new Failure(e);
          return Arrays.copyOf(parsed, i + 1);
        }
      }
      return parsed;
    }, executor));
  }

  private void deliver(Parsing batch, LineSink<? super T> sink) {
    Object[] parsed = batch.outcomes().join();  // the task keeps every failure with its line
    for (int i = 0; i < parsed.length; i++) {
      if (parsed[i] instanceof Failure f) {
        if (f.error() instanceof RuntimeException r) {
          throw r;
        }
        if (f.error() instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException("a line's reading threw a checked exception", f.error());
      }
      deliver(batch.lines().get(i).number(), parsed[i], sink);
    }
  }

  /** What failed, past what {@link #parse} contains, while a line was read on the executor. */
  private record Failure(Throwable error) {}

  /** A line's outcome: its record, an {@link InputLineException}, or {@link #BLANK}. */
  private Object parse(LineReader.Line line) {
    if (line.problem().isPresent()) {
      return new InputLineException(line.number(), 0, line.problem().get(), null);
    }
    if (line.text().isBlank()) {
      return BLANK;
    }
    try {
      return read(line.number(), line.text());
    } catch (InputLineException e) {
      return e;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug (in Pledge, or in a caller's bound type) on this line: the line is lost, not the stream.
      return new InputLineException(line.number(), 0, internalError(e), e);
    }
  }

  private static final Object BLANK = new Object();

  @SuppressWarnings("unchecked") // parse() returns a T unless it returns a problem or BLANK
  private void deliver(long lineNumber, Object parsed, LineSink<? super T> sink) {
    if (parsed == BLANK) {
      return;
    }
    if (parsed instanceof InputLineException problem) {
      sink.reject(problem);
    } else {
      sink.accept(lineNumber, (T) parsed);
    }
  }

  /** The problem of a line that failed inside the reader: names the failure's kind, never its text. */
  private static String internalError(Throwable e) {
    String kind = e.getClass().getSimpleName();
    return "internal error (a bug, please report it): " + (kind.isEmpty() ? e.getClass().getName() : kind);
  }

  /**
   * Every record of {@code in}, in order; each line that cannot be read goes to {@code problems}
   * and the reading goes on. Does not close {@code in}.
   *
   * @throws InputReadException if the stream fails, naming the line being read
   */
  public List<T> readAll(InputStream in, Consumer<? super InputLineException> problems)
      throws InputReadException {
    Objects.requireNonNull(problems, "problems");
    List<T> records = new ArrayList<>();
    read(in, new LineSink<T>() {
      @Override
      public void accept(long line, T record) {
        records.add(record);
      }

      @Override
      public void reject(InputLineException problem) {
        problems.accept(problem);
      }
    });
    return records;
  }
}
