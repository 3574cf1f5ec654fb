package dev.pledge.kafka;

/**
 * A record on its way out of a processor: the topic it goes to and its value, JSON text. The key
 * and the timestamp travel in the Kafka record around it.
 */
record Out(String topic, String value) {}
