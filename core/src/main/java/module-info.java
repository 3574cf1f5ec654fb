/** Pledge core: the model, the engines, JSON configuration and the rule SPI. */
@SuppressWarnings("module") // the qualified export's module, dev.pledge.schema, is built after core
module dev.pledge.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator is an automatic module: it reads classmate only if something requires it.
  requires com.fasterxml.classmate;
  requires java.logging;
  requires de.focus_shift.jollyday.core;

  exports dev.pledge;
  exports dev.pledge.calendar;
  exports dev.pledge.config;
  exports dev.pledge.customer;
  exports dev.pledge.escalation;
  exports dev.pledge.input;
  exports dev.pledge.measure;
  exports dev.pledge.output;
  exports dev.pledge.plan;
  exports dev.pledge.report;
  exports dev.pledge.rule;
  exports dev.pledge.sla;
  exports dev.pledge.tier;

  // The configuration records, for the schema generator only (pledge-schema keeps victools out of core).
  exports dev.pledge.config.internal to dev.pledge.schema;
  opens dev.pledge.config.internal to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens dev.pledge.input.internal to com.fasterxml.jackson.databind;

  uses dev.pledge.rule.RuleModule;
}
