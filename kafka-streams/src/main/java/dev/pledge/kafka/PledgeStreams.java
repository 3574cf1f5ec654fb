package dev.pledge.kafka;

import dev.pledge.Pledge;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Pledge's engines on Kafka Streams: add them to an application's {@link StreamsBuilder} with
 * {@link #addTo}, or take a whole {@link #topology()}. Case events are evaluated as they arrive
 * (as of the record's timestamp) and again when a timer falls due (as of the punctuation's time):
 * the outcome is written when it changes, each escalation step once when it falls due, each
 * compensation as an activity. Customers and activities give tier statuses when they change and
 * the level history each case takes its customer's level from. Records that cannot be used go to
 * the dead-letter topic; nothing stops the application. See docs/kafka-streams.md.
 *
 * <pre>{@code
 * Pledge pledge = Pledge.load(Path.of("skyclub.json"));
 * StreamsBuilder builder = new StreamsBuilder();
 * PledgeStreams.of(pledge).addTo(builder);
 * new KafkaStreams(builder.build(), properties).start();
 * }</pre>
 */
public final class PledgeStreams {
  /** The cases' state: events, steps written, last outcome, timer (changelogged, RocksDB). */
  public static final String CASES = "pledge-cases";
  /** The cases' timers, by instant. */
  public static final String CASE_TIMERS = "pledge-case-timers";
  /** The customers' state: record, last statuses, timer. */
  public static final String CUSTOMERS = "pledge-customers";
  /** The customers' activities, by customer. */
  public static final String ACTIVITIES = "pledge-activities";
  /** The customers' timers (a level running out), by instant. */
  public static final String CUSTOMER_TIMERS = "pledge-customer-timers";
  /** The global store of customer contexts (record and level history), read by every case. */
  public static final String CONTEXTS = "pledge-customer-contexts";

  private static final Serde<Out> OUT = Serdes.serdeFrom((Serializer<Out>) (topic, out) ->
      out == null ? null : out.value().getBytes(StandardCharsets.UTF_8), (topic, bytes) -> {
        throw new UnsupportedOperationException("Pledge's outputs are written, never read back as Out");
      });

  /**
   * What the processors run with.
   *
   * @param pledge the loaded configuration
   * @param topics the topic names
   * @param punctuateEvery how often timers are looked at
   * @param punctuation wall-clock time (default) or stream time
   * @param closedCaseRetention how long a closed case with nothing pending is kept for late events
   * @param inMemory whether the stores are in memory (changelogged still) instead of RocksDB
   */
  record Settings(Pledge pledge, PledgeTopics topics, Duration punctuateEvery, PunctuationType punctuation,
      Duration closedCaseRetention, boolean inMemory) {}

  private static final Duration MAX_RETENTION = Duration.ofDays(36_525);

  private final Settings settings;

  private PledgeStreams(Settings settings) {
    this.settings = settings;
  }

  /**
   * The engines of {@code pledge} with the default topics ({@link PledgeTopics#withPrefix}
   * {@code "pledge-"}), wall-clock punctuation every second and closed cases kept 30 days.
   */
  public static PledgeStreams of(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
    return new PledgeStreams(new Settings(pledge, PledgeTopics.withPrefix("pledge-"), Duration.ofSeconds(1),
        PunctuationType.WALL_CLOCK_TIME, Duration.ofDays(30), false));
  }

  /** With these topic names. */
  public PledgeStreams topics(PledgeTopics topics) {
    Objects.requireNonNull(topics, "topics");
    return new PledgeStreams(new Settings(settings.pledge(), topics, settings.punctuateEvery(),
        settings.punctuation(), settings.closedCaseRetention(), settings.inMemory()));
  }

  /**
   * Timers looked at every {@code interval} (at least a millisecond), by wall-clock time or by
   * stream time (the latest record timestamp a task has seen, which stands still without records).
   */
  public PledgeStreams punctuate(Duration interval, PunctuationType type) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(type, "type");
    if (interval.toMillis() < 1) {
      throw new IllegalArgumentException("the punctuation interval must be at least 1 ms, not " + interval);
    }
    return new PledgeStreams(new Settings(settings.pledge(), settings.topics(), interval, type,
        settings.closedCaseRetention(), settings.inMemory()));
  }

  /**
   * A closed case with nothing pending is kept {@code retention} after its closing (events such
   * as a rating may still come), then forgotten: a later event of it goes to the dead letters.
   */
  public PledgeStreams closedCaseRetention(Duration retention) {
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.compareTo(MAX_RETENTION) > 0) {
      throw new IllegalArgumentException("the retention of closed cases must be between 0 and 100 years (36,525 "
          + "days), not " + retention);
    }
    return new PledgeStreams(new Settings(settings.pledge(), settings.topics(), settings.punctuateEvery(),
        settings.punctuation(), retention, settings.inMemory()));
  }

  /**
   * With every store in memory instead of in RocksDB, changelogged still: faster, but an instance
   * holds all its tasks' state on the heap and a restart restores it all from the changelogs.
   */
  public PledgeStreams inMemoryStores() {
    return new PledgeStreams(new Settings(settings.pledge(), settings.topics(), settings.punctuateEvery(),
        settings.punctuation(), settings.closedCaseRetention(), true));
  }

  /** The topic names. */
  public PledgeTopics topics() {
    return settings.topics();
  }

  /** Adds the stores, the global store of contexts and both processors to {@code builder}. */
  public void addTo(StreamsBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    PledgeTopics topics = settings.topics();
    for (String store : List.of(CASES, CASE_TIMERS, CUSTOMERS, ACTIVITIES, CUSTOMER_TIMERS)) {
      builder.addStateStore(store(store, settings.inMemory()));
    }
    builder.addGlobalStore(store(CONTEXTS, settings.inMemory()).withLoggingDisabled(), topics.contexts(),
        Consumed.with(Serdes.String(), Serdes.String()), () -> new ContextUpdater(CONTEXTS));
    Produced<String, Out> produced = Produced.with(Serdes.String(), OUT);
    builder.stream(topics.caseEvents(), Consumed.with(Serdes.String(), Serdes.String()))
        .process(() -> new CaseProcessor(settings), CASES, CASE_TIMERS)
        .to((key, out, context) -> out.topic(), produced);
    builder.stream(List.of(topics.customers(), topics.activities()), Consumed.with(Serdes.String(), Serdes.String()))
        .process(() -> new CustomerProcessor(settings), CUSTOMERS, ACTIVITIES, CUSTOMER_TIMERS)
        .to((key, out, context) -> out.topic(), produced);
  }

  /** A new topology with only Pledge's processors. */
  public Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder);
    return builder.build();
  }

  private static StoreBuilder<KeyValueStore<String, String>> store(String name, boolean inMemory) {
    return Stores.keyValueStoreBuilder(inMemory ? Stores.inMemoryKeyValueStore(name)
        : Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
  }
}
