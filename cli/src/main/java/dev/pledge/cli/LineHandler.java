package dev.pledge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Turns one JSON Lines input record into zero or more output records. Used with {@link JsonLines}.
 *
 * <p>A handler rejects a bad record by throwing {@link dev.pledge.PledgeException} or a Jackson
 * {@link JsonProcessingException} (when binding the record to a type fails): the record is reported on stderr with its line number and the others are
 * still processed. Any other exception is a bug and stops the run.
 */
@FunctionalInterface
public interface LineHandler {

  /**
   * Handles one record.
   *
   * @param line the 1-based line number of the record in its input (blank lines count)
   * @param record the record, a JSON object
   * @return the output records, each written as one line, in order
   * @throws JsonProcessingException if the record does not bind to the type the handler expects
   */
  List<JsonNode> handle(long line, ObjectNode record) throws JsonProcessingException;
}
