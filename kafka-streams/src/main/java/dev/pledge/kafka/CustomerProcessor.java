package dev.pledge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.output.PledgeJson;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each customer's record and activities and evaluates their tier programs as records arrive
 * and when a level runs out. Keyed by customer id; reads the customers and the activities topics
 * (compensations come back through the latter). A record is tried first, as for cases: only if
 * every program can replay it is it kept. Each evaluation writes every status that changed and,
 * if their levels' history or record changed, the customer's context for their cases.
 */
final class CustomerProcessor extends TimedProcessor {
  private static final JsonLinesReader<CustomerContext> CUSTOMERS = JsonLinesReader.customers();
  private static final JsonLinesReader<Activity> ACTIVITIES = JsonLinesReader.activities();
  /** Between a customer's id and an activity's key in the activities store; not allowed in ids. */
  private static final char SEPARATOR = '\u0000';

  private KeyValueStore<String, String> customers;
  private KeyValueStore<String, String> activities;

  CustomerProcessor(PledgeStreams.Settings settings) {
    super(settings, PledgeStreams.CUSTOMER_TIMERS);
  }

  @Override
  void open(ProcessorContext<String, Out> context) {
    customers = context.getStateStore(PledgeStreams.CUSTOMERS);
    activities = context.getStateStore(PledgeStreams.ACTIVITIES);
  }

  @Override
  public void process(Record<String, String> record) {
    String id = record.key();
    if (id == null || record.value() == null || id.indexOf(SEPARATOR) >= 0) {
      deadLetters.send(context, record, "a customer or activity must be keyed by its customer id (without "
          + "U+0000) and have a value");
      return;
    }
    boolean isCustomer = context.recordMetadata().map(RecordMetadata::topic)
        .filter(settings.topics().customers()::equals).isPresent();
    CustomerState state = CustomerState.fromText(customers.get(id));
    Optional<String> customerLine = state.customer();
    String activityKey = null;
    List<Activity> own = stored(id);
    try {
      if (isCustomer) {
        CustomerContext read = CUSTOMERS.read(record.value());
        check(read.customer().id(), id, "customer");
        customerLine = Optional.of(record.value());
      } else {
        Activity activity = ACTIVITIES.read(record.value());
        check(activity.customer(), id, "activity");
        activityKey = activityKey(id, activity, state.sequence());
        if (activities.get(activityKey) != null) {
          return; // an activity whose id was counted already counts once (a compensation written again)
        }
        own.add(activity);
      }
    } catch (RuntimeException e) {
      deadLetters.send(context, record, "not " + (isCustomer ? "a customer: " : "an activity: ") + DeadLetters.reason(e));
      return;
    }
    Instant asOf = latest(Instant.ofEpochMilli(record.timestamp()), state.asOf());
    Evaluated evaluated;
    try {
      evaluated = evaluate(id, customerLine, own, asOf, state);
    } catch (RuntimeException | StackOverflowError e) {
      deadLetters.send(context, record, "customer \"" + id + "\" cannot take this record: " + DeadLetters.reason(e));
      return;
    }
    if (activityKey != null) {
      activities.put(activityKey, state.sequence() + "\t" + record.value());
    }
    write(id, state, evaluated);
  }

  @Override
  void punctuate(long timestamp) {
    Instant now = Instant.ofEpochMilli(timestamp);
    for (String id : timers.takeDue(now, CaseProcessor.TIMERS_PER_PUNCTUATION)) {
      CustomerState state = CustomerState.fromText(customers.get(id));
      Instant asOf = latest(now, state.asOf());
      try {
        write(id, state, evaluate(id, state.customer(), stored(id), asOf, state));
      } catch (RuntimeException | StackOverflowError e) {
        // every record was accepted by an evaluation, so this is not bad input: the timer is dropped
        deadLetters.sendFromTimer(context, id, now,
            "customer \"" + id + "\" could not be evaluated on their timer: " + DeadLetters.reason(e));
      }
    }
  }

  private record Evaluated(CustomerState state, List<String> statuses, Optional<String> context) {}

  private Evaluated evaluate(String id, Optional<String> customerLine, List<Activity> own, Instant asOf,
      CustomerState before) {
    Customer customer = customerLine.map(line -> CUSTOMERS.read(line).customer()).orElse(Customer.of(id));
    List<TierStatus> statuses = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Map<String, String> fingerprints = new HashMap<>(before.statuses());
    Optional<Instant> timer = Optional.empty();
    for (TierProgram program : contexts.programs()) {
      TierStatus status = program.evaluate(customer, own, asOf);
      statuses.add(status);
      ObjectNode json = PledgeJson.tierStatus(id, status);
      String fingerprint = Json.digest(Json.write(json));
      if (!fingerprint.equals(fingerprints.put(program.name(), fingerprint))) {
        json.put("asOf", asOf.toString());
        changed.add(Json.write(json));
      }
      timer = earliest(timer, status.validUntil()
          .map(last -> last.plusDays(1).atStartOfDay(program.zone()).toInstant())
          .filter(at -> at.isAfter(asOf)));
    }
    // an activity dated after asOf is kept but not yet counted: look again when it comes into view
    for (Activity a : own) {
      if (a.at().isAfter(asOf)) {
        timer = earliest(timer, Optional.of(a.at()));
      }
    }
    String contextValue = contexts.write(customerLine, statuses);
    String contextDigest = Json.digest(contextValue);
    Optional<String> newContext = contextDigest.equals(before.context()) ? Optional.empty() : Optional.of(contextValue);
    CustomerState after = new CustomerState(customerLine, asOf, timer, fingerprints, contextDigest,
        before.sequence() + 1);
    return new Evaluated(after, changed, newContext);
  }

  private void write(String id, CustomerState before, Evaluated evaluated) {
    CustomerState after = evaluated.state();
    customers.put(id, after.toText());
    timers.move(id, before.timer(), after.timer());
    long timestamp = after.asOf().toEpochMilli();
    for (String status : evaluated.statuses()) {
      context.forward(new Record<>(id, new Out(settings.topics().statuses(), status), timestamp));
    }
    evaluated.context().ifPresent(value ->
        context.forward(new Record<>(id, new Out(settings.topics().contexts(), value), timestamp)));
  }

  /** The customer's activities kept so far, in arrival order. */
  private List<Activity> stored(String id) {
    List<KeyValue<Long, String>> kept = new ArrayList<>();
    try (KeyValueIterator<String, String> it = activities.prefixScan(id + SEPARATOR, new StringSerializer())) {
      while (it.hasNext()) {
        String value = it.next().value;
        int tab = value.indexOf('\t');
        kept.add(KeyValue.pair(Long.parseLong(value.substring(0, tab)), value.substring(tab + 1)));
      }
    }
    kept.sort((a, b) -> Long.compare(a.key, b.key));
    List<Activity> own = new ArrayList<>(kept.size() + 1);
    kept.forEach(k -> own.add(ACTIVITIES.read(k.value)));
    return own;
  }

  /** An activity's key: its id if it has one (so that it counts once), else its arrival number. */
  private static String activityKey(String id, Activity activity, long sequence) {
    return id + SEPARATOR + activity.id().map(i -> "id:" + i).orElse("#" + sequence);
  }

  private static void check(String inValue, String key, String what) {
    if (!inValue.equals(key)) {
      throw new dev.pledge.PledgeException("the " + what + " is of customer \"" + inValue + "\" but keyed \""
          + key + "\"");
    }
  }
}
