package dev.pledge;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.config.ConfigException;
import dev.pledge.config.internal.Compiled;
import dev.pledge.config.internal.ConfigLoader;
import dev.pledge.escalation.EscalationEngine;
import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.rule.RuleModule;
import dev.pledge.rule.RuleSet;
import dev.pledge.tier.TierProgram;
import dev.pledge.sla.SlaEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A loaded Pledge configuration: the entry point to calendars, tier programs, service promises,
 * escalation and rule sets. Immutable and thread-safe; evaluation is pure (no I/O, no clock).
 *
 * <pre>{@code
 * Pledge pledge = Pledge.load(Path.of("program.json"));
 * RuleResult r = pledge.ruleSet("routing").evaluate(facts);
 * TierStatus s = pledge.tiers("status").evaluate(customer, activities, asOf);
 * Escalations e = pledge.escalation().evaluate(caseEvents, customerContext, asOf);
 * }</pre>
 */
public final class Pledge {
  private final Compiled.Document document;
  private final EscalationEngine escalation;

  private Pledge(Compiled.Document document) {
    this.document = document;
    this.escalation = EscalationEngine.of(document.escalation().map(Compiled.Escalation::policy)
        .orElse(EscalationPolicy.empty()), document.sla());
  }

  /**
   * Loads a configuration file with the rule modules found by {@link ServiceLoader}.
   *
   * @throws ConfigException with every problem found in the file
   * @throws PledgeException if the file cannot be read
   */
  public static Pledge load(Path file) {
    return builder().load(file);
  }

  /** A builder, to register rule modules in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration's {@code name}, or {@code ""}. */
  public String name() {
    return document.name();
  }

  /** The names of the rule modules that were available, in registration order. */
  public List<String> modules() {
    return document.registry().modules().stream().map(RuleModule::name).toList();
  }

  /** The names of the configured calendars. */
  public Set<String> calendarNames() {
    return document.calendars().keySet();
  }

  /** The calendar called {@code name}, if configured. */
  public Optional<BusinessCalendar> findCalendar(String name) {
    return Optional.ofNullable(document.calendars().get(name)).map(Compiled.Calendar::calendar);
  }

  /**
   * The calendar called {@code name}.
   *
   * @throws PledgeException naming the calendar and listing the configured ones if there is none
   */
  public BusinessCalendar calendar(String name) {
    return findCalendar(name).orElseThrow(() -> new PledgeException("no calendar named \"" + name
        + "\"; the configuration defines " + document.calendars().keySet()));
  }

  /** The names of the configured rule sets. */
  public Set<String> ruleSetNames() {
    return document.ruleSets().keySet();
  }

  /** The rule set called {@code name}, if configured. */
  public Optional<RuleSet> findRuleSet(String name) {
    return Optional.ofNullable(document.ruleSets().get(name));
  }

  /**
   * The rule set called {@code name}.
   *
   * @throws PledgeException naming the set and listing the configured ones if there is none
   */
  public RuleSet ruleSet(String name) {
    return findRuleSet(name).orElseThrow(() -> new PledgeException("no rule set named \"" + name
        + "\"; the configuration defines " + document.ruleSets().keySet()));
  }

  /** The names of the configured tier programs, in document order. */
  public Set<String> tierNames() {
    return document.tiers().keySet();
  }

  /** The tier program called {@code name}, if configured. */
  public Optional<TierProgram> findTiers(String name) {
    return Optional.ofNullable(document.tiers().get(name));
  }

  /**
   * The tier program called {@code name}, whose {@link TierProgram#evaluate} gives a customer's
   * status.
   *
   * @throws PledgeException naming the program and listing the configured ones if there is none
   */
  public TierProgram tiers(String name) {
    return findTiers(name).orElseThrow(() -> new PledgeException("no tier program named \"" + name
        + "\"; the configuration defines " + document.tiers().keySet()));
  }

  /**
   * The service promises: the configured {@code servicePolicies}, in order, as an engine that
   * measures a case's events. With no policies configured every case is unpromised.
   */
  public SlaEngine sla() {
    return document.sla();
  }

  /**
   * The escalation policy (the {@code escalation} section) as an engine over the service promises
   * of {@link #sla()}: which steps are due for a case, since when, and when to look again. With no
   * escalation section configured, nothing is ever due and every case stays on line 1.
   */
  public EscalationEngine escalation() {
    return escalation;
  }

  /**
   * Builds a {@link Pledge}: registers rule modules in code beside (or instead of) those found by
   * {@link ServiceLoader}, then loads a document. Not thread-safe; the result is.
   */
  public static final class Builder {
    private final List<RuleModule> modules = new ArrayList<>();
    private boolean discover = true;

    private Builder() {}

    /** Registers a rule module. A module of the same class found by discovery is used once. */
    public Builder module(RuleModule module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /** Turns off {@link ServiceLoader} discovery: only modules registered in code are used. */
    public Builder withoutDiscovery() {
      discover = false;
      return this;
    }

    /**
     * Loads a document from a file.
     *
     * @throws ConfigException with every problem found
     * @throws PledgeException if the file cannot be read
     */
    public Pledge load(Path file) {
      Objects.requireNonNull(file, "file");
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PledgeException("cannot read " + file + ": " + e.getMessage(), e);
      }
      return load(json, file.toString());
    }

    /**
     * Loads a document from a string.
     *
     * @throws ConfigException with every problem found
     */
    public Pledge load(String json) {
      return load(json, "<config>");
    }

    /**
     * Loads a document from a string, naming it {@code source} in messages.
     *
     * @throws ConfigException with every problem found
     */
    public Pledge load(String json, String source) {
      Objects.requireNonNull(json, "json");
      return new Pledge(ConfigLoader.load(json, source, allModules()));
    }

    private List<RuleModule> allModules() {
      Map<Class<?>, RuleModule> byClass = new LinkedHashMap<>();
      if (discover) {
        ServiceLoader.load(RuleModule.class, Pledge.class.getClassLoader())
            .forEach(m -> byClass.putIfAbsent(m.getClass(), m));
      }
      List<RuleModule> all = new ArrayList<>(byClass.values());
      for (RuleModule m : modules) {
        if (!byClass.containsKey(m.getClass())) {
          all.add(m);
        }
      }
      return all;
    }
  }
}
