/** JMH benchmarks with naive baselines. */
package dev.pledge.benchmarks;
