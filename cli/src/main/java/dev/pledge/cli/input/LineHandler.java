package dev.pledge.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Turns one JSON Lines input record, as a {@link dev.pledge.input.JsonLinesReader} read it, into
 * zero or more output records. Used with {@link JsonLines}.
 *
 * <p>A handler rejects a bad record by throwing {@link dev.pledge.PledgeException}: the record is
 * reported on stderr with its line number and the others are still processed. Any other runtime
 * exception, or a {@link StackOverflowError}, is a bug: it rejects the record too, reported as an
 * internal error ({@link RecordFailure}), and the run goes on.
 *
 * @param <T> what the reader reads a line as
 */
@FunctionalInterface
public interface LineHandler<T> {

  /**
   * Handles one record.
   *
   * @param line the 1-based line number of the record in its input (blank lines count)
   * @param record the record
   * @return the output records, each written as one line, in order
   */
  List<JsonNode> handle(long line, T record);
}
