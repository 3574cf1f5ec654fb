package dev.pledge.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-JVM KRaft broker works for what the Kafka Streams module needs: transactions read back
 * {@code read_committed}, and a Streams application under {@code exactly_once_v2}.
 */
@Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
class KafkaBrokerTest {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(15);

  private static KafkaBroker broker;

  @BeforeAll
  @Timeout(value = 90, threadMode = ThreadMode.SEPARATE_THREAD)
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void transactionalRecordsAreReadBackCommitted() {
    broker.createTopics(2, "committed");

    try (KafkaProducer<String, String> producer = transactionalProducer("smoke-tx")) {
      producer.initTransactions();
      producer.beginTransaction();
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>("committed", "k" + i, "v" + i));
      }
      producer.commitTransaction();
    }

    List<ConsumerRecord<String, String>> records = readCommitted("committed", 2, 10);
    assertThat(records).extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).mapToObj(i -> "k" + i).toList());
    assertThat(records).allSatisfy(r -> assertThat(r.value()).isEqualTo("v" + r.key().substring(1)));
    assertThat(records).extracting(ConsumerRecord::partition).containsOnly(0, 1);
  }

  @Test
  void streamsUpperCasesExactlyOnce(@TempDir Path stateDir) {
    broker.createTopics(2, "words-in", "words-out");
    try (KafkaProducer<String, String> producer = transactionalProducer("words-tx")) {
      producer.initTransactions();
      producer.beginTransaction();
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>("words-in", "k" + i, "word" + i));
      }
      producer.commitTransaction();
    }

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("words-in", Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(value -> value.toUpperCase(Locale.ROOT))
        .to("words-out", Produced.with(Serdes.String(), Serdes.String()));
    Map<String, Object> config = Map.of(
        StreamsConfig.APPLICATION_ID_CONFIG, "upper-case",
        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
        StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2,
        StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50,
        StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
        StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");

    KafkaStreams streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
    List<ConsumerRecord<String, String>> records;
    try {
      streams.start();
      records = readCommitted("words-out", 2, 10);
    } finally {
      // Bounded, unlike close(): a stuck shutdown fails here instead of hanging the build.
      assertThat(streams.close(CLOSE_TIMEOUT)).as("Kafka Streams closed within %s", CLOSE_TIMEOUT).isTrue();
    }
    assertThat(records).allSatisfy(r -> assertThat(r.value()).isEqualTo("WORD" + r.key().substring(1)));
    assertThat(records).extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).mapToObj(i -> "k" + i).toList());
  }

  private static KafkaProducer<String, String> transactionalProducer(String transactionalId) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
        new StringSerializer(), new StringSerializer());
  }

  /** Reads a topic's committed records from the start until {@code expected} came, or fails. */
  private static List<ConsumerRecord<String, String>> readCommitted(String topic, int partitions, int expected) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> assigned =
          IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
    }
    assertThat(records).as("committed records read from %s within %s", topic, READ_TIMEOUT).hasSize(expected);
    return records;
  }
}
