/**
 * The JSON Schema of a Pledge configuration, generated from the records the loader binds it to.
 * Reads those records through core's qualified export of {@code dev.pledge.config.internal}.
 */
module dev.pledge.schema {
  requires transitive dev.pledge.core;
  requires com.fasterxml.classmate;
  requires com.github.victools.jsonschema.generator;
  requires com.github.victools.jsonschema.module.jackson;
  requires com.github.victools.jsonschema.module.jakarta.validation;

  exports dev.pledge.schema;

  uses dev.pledge.rule.RuleModule;
}
