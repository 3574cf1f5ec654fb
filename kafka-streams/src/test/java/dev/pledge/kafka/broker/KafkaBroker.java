package dev.pledge.kafka.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka cluster in KRaft mode (one process that is both broker and controller),
 * running inside the test JVM on loopback ports, with its data in a fresh temporary directory.
 *
 * <p>It is set up for transactions and Kafka Streams' {@code exactly_once_v2} on one node: the
 * offsets and transaction state topics have one replica and one partition, and groups start
 * without the initial rebalance delay. Topics are not created automatically: a test creates the
 * ones it uses with {@link #createTopics}. {@link #close()} stops the node and deletes its
 * directory.
 *
 * <p>The node is started with {@link KafkaRaftServer}, the class {@code kafka-server-start}
 * runs, after its directory is formatted with {@link Formatter}, as {@code kafka-storage format}
 * does. While it runs, a fatal error in the node does not halt the JVM (as it would in a real
 * server): it is recorded, and {@link #close()} throws it.
 */
public final class KafkaBroker implements AutoCloseable {
  private static final int NODE_ID = 1;
  private static final String BROKER_LISTENER = "PLAINTEXT";
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String HOST = "127.0.0.1";
  private static final int START_ATTEMPTS = 3;
  private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaRaftServer server;
  private final Path directory;
  private final String bootstrapServers;
  private final FatalExits fatalExits;

  private KafkaBroker(KafkaRaftServer server, Path directory, int brokerPort, FatalExits fatalExits) {
    this.server = server;
    this.directory = directory;
    this.bootstrapServers = HOST + ":" + brokerPort;
    this.fatalExits = fatalExits;
  }

  /**
   * Formats a fresh directory and starts the node; returns once the broker is registered and
   * unfenced, that is ready for clients.
   *
   * <p>The two ports are chosen free just before the start; if another process takes one of them
   * in between, the start is tried again on new ports (three tries in all).
   *
   * @throws IllegalStateException if the node does not start; its cause says why
   */
  public static KafkaBroker start() {
    List<Exception> bindFailures = new ArrayList<>();
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      try {
        return startOnce();
      } catch (StartFailure failure) {
        if (!failure.portTaken() || attempt == START_ATTEMPTS) {
          IllegalStateException error = new IllegalStateException(
              "The Kafka broker did not start: " + failure.reason().getMessage(), failure.reason());
          bindFailures.forEach(error::addSuppressed);
          throw error;
        }
        bindFailures.add(failure.reason());
      }
    }
    throw new AssertionError("unreachable");
  }

  /** The {@code bootstrap.servers} value for clients of this broker, as {@code host:port}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates the topics, each with {@code partitions} partitions and one replica, and waits until
   * the broker serves every partition of them.
   *
   * @throws IllegalStateException if a topic cannot be created (for example it exists already)
   *     or is not served within 30 seconds
   */
  public void createTopics(int partitions, String... names) {
    List<NewTopic> topics = Arrays.stream(names)
        .map(name -> new NewTopic(name, partitions, (short) 1))
        .toList();
    try (Admin admin = admin()) {
      admin.createTopics(topics).all().get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      awaitServed(admin, partitions, List.of(names));
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Could not create topics " + Arrays.toString(names) + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Topics " + Arrays.toString(names) + " not created in " + TOPIC_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics " + Arrays.toString(names), e);
    }
  }

  /** An admin client of this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /**
   * Stops the node, waits for it to stop and deletes its directory.
   *
   * @throws IllegalStateException if the node asked to halt or exit the JVM while it ran (a fatal
   *     error), or its directory cannot be deleted
   */
  @Override
  public void close() {
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      fatalExits.uninstall();
    }
    deleteDirectory(directory);
    fatalExits.failure().ifPresent(failure -> {
      throw failure;
    });
  }

  private static KafkaBroker startOnce() throws StartFailure {
    FatalExits fatalExits = FatalExits.install();
    Path directory = null;
    KafkaRaftServer server = null;
    Exception failure;
    try {
      directory = Files.createTempDirectory("pledge-kafka-");
      int[] ports = freePorts(2);
      int brokerPort = ports[0];
      int controllerPort = ports[1];
      KafkaConfig config = new KafkaConfig(properties(directory, brokerPort, controllerPort), false);
      format(config, directory);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      Optional<IllegalStateException> fatal = fatalExits.failure();
      if (fatal.isEmpty()) {
        return new KafkaBroker(server, directory, brokerPort, fatalExits);
      }
      failure = fatal.get();
    } catch (Exception e) {
      failure = e;
      fatalExits.failure().ifPresent(e::addSuppressed);
    } catch (Error e) {
      stopAfterFailedStart(server, directory, fatalExits, e);
      throw e;
    }
    stopAfterFailedStart(server, directory, fatalExits, failure);
    throw new StartFailure(failure);
  }

  private static Map<String, Object> properties(Path directory, int brokerPort, int controllerPort) {
    Map<String, Object> props = new HashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    props.put("listeners",
        BROKER_LISTENER + "://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
    props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("inter.broker.listener.name", BROKER_LISTENER);
    props.put("log.dirs", directory.toString());
    props.put("metadata.log.dir", directory.toString());

    // One node: every internal topic has one replica, and few partitions to create at start.
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.put("num.partitions", "1");
    props.put("auto.create.topics.enable", "false");
    props.put("group.initial.rebalance.delay.ms", "0");
    // The tests produce records stamped with their events' instants, months old: keep them all. With
    // the default seven days, the retention check (every five minutes) deletes unread input while a
    // test runs, and the consumers skip to the end.
    props.put("log.retention.ms", "-1");

    // A small machine: fewer threads, and a 2 MiB log cleaner buffer instead of 128 MiB.
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "2");
    props.put("background.threads", "2");
    props.put("num.recovery.threads.per.data.dir", "1");
    props.put("log.cleaner.threads", "1");
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));

    // Give up starting after a minute rather than the default ten.
    props.put("server.max.startup.time.ms", Long.toString(Duration.ofMinutes(1).toMillis()));
    return props;
  }

  private static void format(KafkaConfig config, Path directory) throws Exception {
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(directory.toString()))
        .setMetadataLogDirectory(config.metadataLogDir())
        .setControllerListenerName(CONTROLLER_LISTENER)
        .setReleaseVersion(MetadataVersion.latestProduction())
        .run();
  }

  private static void awaitServed(Admin admin, int partitions, List<String> names)
      throws InterruptedException, TimeoutException, ExecutionException {
    long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
    while (true) {
      try {
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
        if (descriptions.values().stream().allMatch(d -> served(d, partitions))) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("Topics " + names + " have no leader for every partition after " + TOPIC_TIMEOUT);
      }
      Thread.sleep(20);
    }
  }

  private static boolean served(TopicDescription description, int partitions) {
    List<TopicPartitionInfo> infos = description.partitions();
    return infos.size() == partitions && infos.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
  }

  /** Ports free on the loopback address now, all different (they are held open together while chosen). */
  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getByName(HOST)));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  /** Stops what a failed start left running; a further failure is added to the start's. */
  private static void stopAfterFailedStart(
      KafkaRaftServer server, Path directory, FatalExits fatalExits, Throwable startFailure) {
    try {
      if (server != null) {
        server.shutdown();
        server.awaitShutdown();
      }
    } catch (RuntimeException | Error e) {
      startFailure.addSuppressed(e);
    } finally {
      fatalExits.uninstall();
    }
    if (directory != null) {
      try {
        deleteDirectory(directory);
      } catch (RuntimeException e) {
        startFailure.addSuppressed(e);
      }
    }
  }

  private static void deleteDirectory(Path directory) {
    try {
      Utils.delete(directory.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("Could not delete the Kafka broker's directory " + directory, e);
    }
  }

  /** Why one try to start failed, and whether a port was taken (so another try may work). */
  private static final class StartFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final Exception reason;

    StartFailure(Exception reason) {
      super(reason);
      this.reason = reason;
    }

    Exception reason() {
      return reason;
    }

    boolean portTaken() {
      for (Throwable t = reason; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          return true;
        }
      }
      return false;
    }
  }
}
