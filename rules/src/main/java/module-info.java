/** The standard rule module of Pledge: built-in condition and metric types. */
module dev.pledge.rules {
  requires transitive dev.pledge.core;

  provides dev.pledge.rule.RuleModule with dev.pledge.rules.StandardRules;

  opens dev.pledge.rules to com.fasterxml.jackson.databind, org.hibernate.validator;
}
