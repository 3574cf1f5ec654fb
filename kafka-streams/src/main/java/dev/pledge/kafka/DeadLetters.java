package dev.pledge.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Writes a record that could not be used to the dead-letter topic, keyed as it came, with where it
 * came from and why: {@code topic}, {@code partition}, {@code offset}, {@code key}, {@code error}
 * and {@code record} (the original value as text, or null).
 */
final class DeadLetters {
  private final String topic;

  DeadLetters(String topic) {
    this.topic = topic;
  }

  void send(ProcessorContext<String, Out> context, Record<String, String> record, String error) {
    Optional<RecordMetadata> from = context.recordMetadata();
    ObjectNode out = Json.object();
    out.put("topic", from.map(RecordMetadata::topic).orElse(null));
    if (from.isPresent()) {
      out.put("partition", from.get().partition());
      out.put("offset", from.get().offset());
    } else {
      out.putNull("partition").putNull("offset");
    }
    out.put("key", record.key());
    out.put("error", error);
    out.put("record", record.value());
    context.forward(new Record<>(record.key(), new Out(topic, Json.write(out)), record.timestamp()));
  }

  /**
   * Writes that {@code key} failed on its timer: no record came, so topic, partition, offset and
   * record are null.
   */
  void sendFromTimer(ProcessorContext<String, Out> context, String key, Instant at, String error) {
    ObjectNode out = Json.object();
    out.putNull("topic").putNull("partition").putNull("offset");
    out.put("key", key);
    out.put("error", error);
    out.putNull("record");
    context.forward(new Record<>(key, new Out(topic, Json.write(out)), at.toEpochMilli()));
  }

  /** What a failure says: its message, or for a failure that is not Pledge's, its class too. */
  static String reason(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    if (failure instanceof dev.pledge.PledgeException) {
      return message;
    }
    return "internal error (" + failure.getClass().getName() + ")" + (message.isEmpty() ? "" : ": " + message);
  }
}
