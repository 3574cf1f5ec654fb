package dev.pledge.kafka;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.processor.PunctuationType;

/**
 * The ready application: {@code java -cp ... dev.pledge.kafka.PledgeStreamsApp CONFIG.json
 * STREAMS.properties}. The properties are Kafka Streams' own ({@code application.id},
 * {@code bootstrap.servers}, {@code processing.guarantee}, ...) and Pledge's:
 * {@code pledge.topic.prefix} (default {@code pledge-}), {@code pledge.punctuate.every} (an
 * ISO-8601 duration, default {@code PT1S}), {@code pledge.punctuation} ({@code wall-clock}, the
 * default, or {@code stream-time}), {@code pledge.closed.case.retention} (default {@code P30D}) and
 * {@code pledge.stores} ({@code rocksdb}, the default, or {@code in-memory}).
 * Runs until stopped (SIGTERM or Ctrl-C close it cleanly).
 */
public final class PledgeStreamsApp {
  private PledgeStreamsApp() {}

  public static void main(String[] args) throws InterruptedException {
    // the application jar logs through slf4j-simple: warnings and errors only, unless told otherwise
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    if (args.length != 2) {
      System.err.println("usage: PledgeStreamsApp CONFIG.json STREAMS.properties");
      System.exit(2);
    }
    KafkaStreams streams;
    try {
      streams = create(Path.of(args[0]), load(Path.of(args[1])));
    } catch (PledgeException | IllegalArgumentException e) {
      System.err.println("pledge-kafka-streams: " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    // Kafka Streams in ERROR (a fatal producer error, lost authorization, ...) processes nothing more:
    // exit 1 so that whatever runs the application restarts it, rather than idle forever
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.ERROR) {
        failed.set(true);
        stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close(Duration.ofSeconds(30));
      stopped.countDown();
    }, "pledge-shutdown"));
    streams.start();
    stopped.await();
    if (failed.get()) {
      System.err.println("pledge-kafka-streams: Kafka Streams stopped in error (see the log above)");
      streams.close(Duration.ofSeconds(30));
      System.exit(1);
    }
  }

  /**
   * The application for {@code config} with {@code properties} (Pledge's own are taken out before
   * the rest go to Kafka Streams), not started.
   *
   * @throws PledgeException if the configuration cannot be loaded
   * @throws IllegalArgumentException if one of Pledge's properties is not valid
   */
  public static KafkaStreams create(Path config, Properties properties) {
    Properties rest = new Properties();
    rest.putAll(properties);
    PledgeStreams pledge = PledgeStreams.of(Pledge.load(config))
        .topics(PledgeTopics.withPrefix(take(rest, "pledge.topic.prefix", "pledge-")))
        .punctuate(duration(take(rest, "pledge.punctuate.every", "PT1S"), "pledge.punctuate.every"),
            punctuation(take(rest, "pledge.punctuation", "wall-clock")))
        .closedCaseRetention(duration(take(rest, "pledge.closed.case.retention", "P30D"),
            "pledge.closed.case.retention"));
    String stores = take(rest, "pledge.stores", "rocksdb");
    if (stores.equals("in-memory")) {
      pledge = pledge.inMemoryStores();
    } else if (!stores.equals("rocksdb")) {
      throw new IllegalArgumentException("pledge.stores must be rocksdb or in-memory, not \"" + stores + "\"");
    }
    return new KafkaStreams(pledge.topology(), rest);
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return properties;
  }

  private static String take(Properties properties, String key, String fallback) {
    Object value = properties.remove(key);
    return value == null ? fallback : value.toString().trim();
  }

  private static Duration duration(String text, String key) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT1S, not \"" + text + "\"", e);
    }
  }

  private static PunctuationType punctuation(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "wall-clock" -> PunctuationType.WALL_CLOCK_TIME;
      case "stream-time" -> PunctuationType.STREAM_TIME;
      default -> throw new IllegalArgumentException("pledge.punctuation must be wall-clock or stream-time, not \""
          + text + "\"");
    };
  }
}
