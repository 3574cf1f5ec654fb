package dev.pledge.kafka;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global store of customer contexts as the contexts topic has them (null deletes). */
final class ContextUpdater implements Processor<String, String, Void, Void> {
  private final String storeName;
  private KeyValueStore<String, String> store;

  ContextUpdater(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, String> record) {
    if (record.key() == null) {
      return; // the topology writes no context without a key; a stray record cannot be placed
    }
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
