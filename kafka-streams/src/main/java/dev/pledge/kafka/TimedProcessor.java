package dev.pledge.kafka;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * What the case and the customer processors share: the settings, the customers' contexts, the
 * dead letters, a timer index in a store of its own, and a punctuator that looks at the timers at
 * the configured interval and kind of time.
 */
abstract class TimedProcessor implements Processor<String, String, String, Out> {
  final PledgeStreams.Settings settings;
  final CustomerContexts contexts;
  final DeadLetters deadLetters;
  private final String timerStore;
  ProcessorContext<String, Out> context;
  TimerIndex timers;

  TimedProcessor(PledgeStreams.Settings settings, String timerStore) {
    this.settings = settings;
    this.contexts = new CustomerContexts(settings.pledge());
    this.deadLetters = new DeadLetters(settings.topics().deadLetters());
    this.timerStore = timerStore;
  }

  @Override
  public final void init(ProcessorContext<String, Out> context) {
    this.context = context;
    timers = new TimerIndex(context.getStateStore(timerStore));
    open(context);
    context.schedule(settings.punctuateEvery(), settings.punctuation(), this::punctuate);
  }

  /** Takes the processor's own stores from {@code context}. */
  abstract void open(ProcessorContext<String, Out> context);

  /** Evaluates every key whose timer is at or before {@code timestamp}, as of that instant. */
  abstract void punctuate(long timestamp);

  /** The earlier of two instants, either of which may be missing. */
  static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isBefore(a.get()) ? b : a;
  }

  /** The later of two instants: an evaluation's instant never goes back. */
  static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
