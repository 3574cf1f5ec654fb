/**
 * The Pledge testkit: AssertJ assertions on tier statuses, case outcomes and compliance, and jqwik
 * arbitraries that generate inputs shaped by a loaded configuration.
 */
module dev.pledge.testkit {
  requires transitive dev.pledge.core;
  requires dev.pledge.rules;
  requires transitive org.assertj.core;
  requires transitive net.jqwik.api;

  exports dev.pledge.testkit;
}
