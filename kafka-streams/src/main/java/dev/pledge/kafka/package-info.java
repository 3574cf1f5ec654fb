/** Pledge on Kafka Streams: case outcomes, due escalation steps and tier statuses as events arrive. */
package dev.pledge.kafka;
