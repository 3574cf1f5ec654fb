package dev.pledge;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.config.ConfigException;
import dev.pledge.config.internal.Compiled;
import dev.pledge.config.internal.ConfigLoader;
import dev.pledge.config.internal.JacksonVersions;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.EscalationEngine;
import dev.pledge.escalation.EscalationPolicy;
import dev.pledge.measure.MeasureSettings;
import dev.pledge.measure.Measures;
import dev.pledge.rule.RuleModule;
import dev.pledge.rule.RuleSet;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.SlaEngine;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * Pledge pledge = Pledge.load(Path.of("program.json"));           // or loadResource, or loadJson
 * RuleResult r = pledge.ruleSet("routing").evaluate(facts);
 * TierStatus s = pledge.tiers("status").evaluate(customer, activities, asOf);
 * CustomerContext who = pledge.context(customer, activities, asOf); // the level in every program
 * CaseResult c = pledge.evaluateCase(caseEvents, who, asOf);        // promises and escalations
 * }</pre>
 *
 * <p>Every way to load checks first that the Jackson libraries on the class path work together
 * (see {@code docs/dependencies.md}).
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
   * @throws PledgeException if the file cannot be read, or the Jackson on the class path cannot
   *     run Pledge
   */
  public static Pledge load(Path file) {
    return builder().load(file);
  }

  /**
   * Loads a configuration from the class path with the rule modules found by
   * {@link ServiceLoader}: see {@link Builder#loadResource(String)}.
   */
  public static Pledge loadResource(String name) {
    return builder().loadResource(name);
  }

  /**
   * Loads a configuration given as JSON text with the rule modules found by {@link ServiceLoader}:
   * see {@link Builder#loadJson(String)}.
   */
  public static Pledge loadJson(String json) {
    return builder().loadJson(json);
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
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(document.calendars().get(name)).map(Compiled.Calendar::calendar);
  }

  /**
   * The calendar called {@code name}.
   *
   * @throws UnknownNameException naming the calendar and listing the configured ones if there is none
   */
  public BusinessCalendar calendar(String name) {
    return findCalendar(name).orElseThrow(() -> new UnknownNameException(name, "no calendar named \"" + name
        + "\"; the configuration defines " + document.calendars().keySet()));
  }

  /** The names of the configured rule sets. */
  public Set<String> ruleSetNames() {
    return document.ruleSets().keySet();
  }

  /** The rule set called {@code name}, if configured. */
  public Optional<RuleSet> findRuleSet(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(document.ruleSets().get(name));
  }

  /**
   * The rule set called {@code name}.
   *
   * @throws UnknownNameException naming the set and listing the configured ones if there is none
   */
  public RuleSet ruleSet(String name) {
    return findRuleSet(name).orElseThrow(() -> new UnknownNameException(name, "no rule set named \"" + name
        + "\"; the configuration defines " + document.ruleSets().keySet()));
  }

  /** The names of the configured tier programs, in document order. */
  public Set<String> tierNames() {
    return document.tiers().keySet();
  }

  /** The tier program called {@code name}, if configured. */
  public Optional<TierProgram> findTiers(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(document.tiers().get(name));
  }

  /**
   * The tier program called {@code name}, whose {@link TierProgram#evaluate} gives a customer's
   * status.
   *
   * @throws UnknownNameException naming the program and listing the configured ones if there is none
   */
  public TierProgram tiers(String name) {
    return findTiers(name).orElseThrow(() -> new UnknownNameException(name, "no tier program named \"" + name
        + "\"; the configuration defines " + document.tiers().keySet()));
  }

  /** The configured {@code measures} section, if any. */
  public Optional<MeasureSettings> findMeasures() {
    return document.measures();
  }

  /**
   * An empty {@link Measures} fold counting up to {@code asOf} as the {@code measures} section says.
   *
   * @throws UnknownNameException if the configuration has no {@code measures} section
   */
  public Measures measures(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return Measures.create(findMeasures().orElseThrow(() -> new UnknownNameException("measures",
        "the configuration has no \"measures\" section (docs/measures.md)")), asOf);
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
   * The customer with the level they hold in every tier program at {@code asOf}: each program is
   * evaluated over {@code activities} (other customers' activities are ignored, as
   * {@link TierProgram#evaluate} ignores them). This is the context that {@link #evaluateCase} and
   * the engines choose promises and escalation steps by.
   *
   * @throws PledgeException as {@link TierProgram#evaluate} does, for a bad membership event
   */
  public CustomerContext context(Customer customer, List<Activity> activities, Instant asOf) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, String> levels = new LinkedHashMap<>();
    document.tiers().forEach((name, program) ->
        levels.put(name, program.evaluate(customer, activities, asOf).level()));
    return new CustomerContext(customer, levels);
  }

  /**
   * One case at {@code asOf}: every promise measured ({@link SlaEngine#evaluate}) and the
   * escalation steps due ({@link EscalationEngine#evaluate}), from one call.
   *
   * @param events the events of one case, in any order
   * @param customer the customer and their levels, for example from {@link #context}
   * @param asOf the evaluation instant; nothing after it is seen
   * @throws InvalidValueException if {@code events} is empty
   * @throws dev.pledge.sla.CaseEventException for bad events, as {@link SlaEngine#evaluate} does
   */
  public CaseResult evaluateCase(List<CaseEvent> events, CustomerContext customer, Instant asOf) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    return new CaseResult(document.sla().evaluate(events, customer, asOf),
        escalation.evaluate(events, customer, asOf));
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
     * Loads a configuration file (UTF-8). Messages name the file.
     *
     * @throws ConfigException with every problem found
     * @throws PledgeException if the file cannot be read, or the Jackson on the class path cannot
     *     run Pledge
     */
    public Pledge load(Path file) {
      Objects.requireNonNull(file, "file");
      JacksonVersions.check();
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PledgeException("cannot read " + file + ": " + e.getMessage(), e);
      }
      return compile(json, file.toString());
    }

    /**
     * Loads a configuration from a stream of UTF-8 JSON, read to its end; the stream is not
     * closed. Messages name it {@code source} ("classpath:pledge.json", "request body").
     *
     * @throws ConfigException with every problem found
     * @throws PledgeException if the stream cannot be read, or the Jackson on the class path
     *     cannot run Pledge
     */
    public Pledge load(InputStream in, String source) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(source, "source");
      JacksonVersions.check();
      String json;
      try {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PledgeException("cannot read " + source + ": " + e.getMessage(), e);
      }
      return compile(json, source);
    }

    /**
     * Loads a configuration from the class path: {@code name} is a resource path such as
     * {@code "pledge.json"} or {@code "config/pledge.json"} (no leading slash), looked up with the
     * thread's context class loader, or Pledge's own if there is none. Messages name it
     * {@code classpath:NAME}. In a named module, whose resources in packages are encapsulated, use
     * {@link #loadResource(Class, String)}.
     *
     * @throws ConfigException with every problem found
     * @throws PledgeException if there is no such resource
     */
    public Pledge loadResource(String name) {
      Objects.requireNonNull(name, "name");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = Pledge.class.getClassLoader();
      }
      String path = name.startsWith("/") ? name.substring(1) : name;
      try (InputStream in = loader.getResourceAsStream(path)) {
        return fromResource(in, "classpath:" + path);
      } catch (IOException e) {
        throw new PledgeException("cannot read classpath:" + path + ": " + e.getMessage(), e);
      }
    }

    /**
     * Loads a configuration that is a resource of {@code anchor}'s module or class loader, found
     * as {@link Class#getResourceAsStream} finds it: a relative {@code name} is in the anchor's
     * package, one starting with {@code /} at the root. Messages name it {@code classpath:NAME}.
     *
     * @throws ConfigException with every problem found
     * @throws PledgeException if there is no such resource
     */
    public Pledge loadResource(Class<?> anchor, String name) {
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(name, "name");
      try (InputStream in = anchor.getResourceAsStream(name)) {
        return fromResource(in, "classpath:" + name);
      } catch (IOException e) {
        throw new PledgeException("cannot read classpath:" + name + ": " + e.getMessage(), e);
      }
    }

    private Pledge fromResource(InputStream in, String source) {
      if (in == null) {
        throw new PledgeException("no configuration at " + source + ": there is no such resource"
            + " on the class path");
      }
      return load(in, source);
    }

    /**
     * Loads a configuration given as JSON text (not a file name: for a file use
     * {@link #load(Path)}). Messages name it {@code <config>}.
     *
     * @throws ConfigException with every problem found
     */
    public Pledge loadJson(String json) {
      return loadJson(json, "<config>");
    }

    /**
     * Loads a configuration given as JSON text, naming it {@code source} in messages.
     *
     * @throws ConfigException with every problem found
     */
    public Pledge loadJson(String json, String source) {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(source, "source");
      JacksonVersions.check();
      return compile(json, source);
    }

    private Pledge compile(String json, String source) {
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
