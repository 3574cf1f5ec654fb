package app;

import dev.pledge.Pledge;
import dev.pledge.kafka.PledgeStreams;
import dev.pledge.kafka.PledgeTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A user's Kafka Streams application with Pledge in it, beside a stream of its own. The output in
 * expected.txt, worked by hand:
 *
 * <ul>
 *   <li>anna flies 100 xp on 10 March: blue (gold needs 180); 90 more on 4 May 16:30 UTC, 190:
 *       gold from then. One status each time it changes.
 *   <li>c-1 (anna, gold, email): gold-email on Warsaw hours, first response in 2 working hours.
 *       Opened Mon 25 May 08:30 UTC = 10:30 CEST, a working day in Poland: due 12:30 CEST = 10:30
 *       UTC. Its outcome is written at the opening.
 *   <li>The wall clock at 10:29:59 UTC: nothing; at 10:30:00 the breach step falls due and is
 *       written by that punctuation, once; at 10:30:01 the instance is past its deadline and the
 *       changed outcome (breached) is written.
 *   <li>The application's own stream upper-cases its greetings, untouched by Pledge.
 * </ul>
 */
public final class Main {
  public static void main(String[] args) {
    Pledge pledge = Pledge.loadResource("/pledge.json");
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("greetings", Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(v -> v.toUpperCase(Locale.ROOT)).to("loud-greetings", Produced.with(Serdes.String(), Serdes.String()));
    PledgeStreams streams = PledgeStreams.of(pledge);
    streams.addTo(builder);
    PledgeTopics topics = streams.topics();

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "consumer-app");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, "target/kafka-state");
    Instant start = Instant.parse("2026-03-10T08:00:00Z");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props, start)) {
      TestInputTopic<String, String> activities = input(driver, topics.activities());
      TestInputTopic<String, String> events = input(driver, topics.caseEvents());
      input(driver, "greetings").pipeInput("g", "hello", start);
      activities.pipeInput("anna", "{\"customer\":\"anna\",\"at\":\"2026-03-10T08:00:00Z\",\"kind\":\"flight\","
          + "\"id\":\"F1\",\"xp\":100}", start);
      Instant second = Instant.parse("2026-05-04T16:30:00Z");
      activities.pipeInput("anna", "{\"customer\":\"anna\",\"at\":\"2026-05-04T16:30:00Z\",\"kind\":\"flight\","
          + "\"id\":\"F2\",\"xp\":90}", second);
      Instant opened = Instant.parse("2026-05-25T08:30:00Z");
      driver.advanceWallClockTime(Duration.between(start, opened));
      events.pipeInput("c-1", "{\"case\":\"c-1\",\"at\":\"2026-05-25T08:30:00Z\",\"type\":\"opened\","
          + "\"customer\":\"anna\",\"channel\":\"email\",\"priority\":\"normal\"}", opened);
      print(driver, "greeting", "loud-greetings");
      print(driver, "status", topics.statuses());
      print(driver, "outcome", topics.outcomes());
      Instant clock = opened;
      for (String at : new String[] {"2026-05-25T10:29:59Z", "2026-05-25T10:30:00Z", "2026-05-25T10:30:01Z"}) {
        Instant now = Instant.parse(at);
        driver.advanceWallClockTime(Duration.between(clock, now));
        clock = now;
        System.out.println("wall clock " + at);
        print(driver, "step", topics.dueSteps());
        print(driver, "outcome", topics.outcomes());
      }
      print(driver, "dead letter", topics.deadLetters());
    }
  }

  private static TestInputTopic<String, String> input(TopologyTestDriver driver, String topic) {
    return driver.createInputTopic(topic, new StringSerializer(), new StringSerializer());
  }

  private static void print(TopologyTestDriver driver, String what, String topic) {
    driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).readRecordsToList()
        .forEach(r -> System.out.println(what + " " + r.key() + " @ " + r.getRecordTime() + ": " + r.value()));
  }
}
