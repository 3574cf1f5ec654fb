package dev.pledge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.input.JsonLinesReader;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import dev.pledge.rules.StandardRules;
import dev.pledge.testkit.PledgeAssertions;
import dev.pledge.tier.TierPeriod;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Null arguments: every public constructor and method of Pledge's public API (the packages
 * pledge-core and pledge-testkit export, and pledge-rules' public package) rejects {@code null}
 * for each of its reference parameters with a {@link NullPointerException} (or a
 * {@link PledgeException}) whose message names the parameter: never a failure from inside
 * ({@code Cannot invoke ...}), never an exception without a message, never a {@code null} taken
 * in silently. Each parameter is tried on its own, the other arguments simple valid values
 * ({@link ApiSamples}). What is left out is listed below with the reason.
 */
class NullArgumentsTest {
  /** The artifacts, each by a class it holds. */
  private static final List<Class<?>> ARTIFACTS = List.of(Pledge.class, StandardRules.class, PledgeAssertions.class);

  /**
   * pledge-rules' module exports no package (its types are found as a service), but on the class
   * path its public types are API all the same.
   */
  private static final Set<String> ALSO = Set.of("dev.pledge.rules");

  /**
   * Packages left out: none any more (the tier and calendar packages joined once the work that
   * changed them at the same time was merged). Run with {@code -Dpledge.nulls.all=true} to ignore
   * this list if a package is ever left out again. Run with
   * {@code -Dpledge.nulls.all=true} to see what they still lack. When they come back,
   * {@code TierPeriod}'s {@code nextStart} and {@code firstEnd} take an {@code anchor} documented as
   * "null otherwise": list it in {@link #NULL_ALLOWED}.
   */
  private static final Set<String> EXCLUDED_PACKAGES = Boolean.getBoolean("pledge.nulls.all") ? Set.of()
      : Set.of();

  /** Parameters for which {@code null} is documented as a valid input, and where. Key: Type.member(parameter). */
  private static final String NO_ANCHOR = "documented: the anchor is null for a period type that needs none"
      + " (TierPeriod.needsAnchor() false); the types that need one reject null";
  private static final Map<String, String> NULL_ALLOWED = Map.ofEntries(
      Map.entry("PledgeException.new(message)", "an exception's message may be absent, as Throwable's"),
      Map.entry("PledgeException.new(cause)", "an exception's cause may be absent, as Throwable's (javadoc)"),
      Map.entry("InvalidValueException.new(cause)", "an exception's cause may be absent, as Throwable's (javadoc)"),
      Map.entry("PledgeAssertions.assertThat(actual)", "AssertJ's convention (javadoc): the assertion is made, and"
          + " fails when checked (\"Expecting actual not to be null\")"),
      Map.entry("TierPeriod.nextStart(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.firstEnd(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.firstStart(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.CalendarYear.firstStart(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.CalendarYear.nextStart(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.FixedYear.firstStart(anchor)", NO_ANCHOR),
      Map.entry("TierPeriod.FixedYear.nextStart(anchor)", NO_ANCHOR));

  /**
   * Parameters whose check belongs in a file that other work on issue 14 is changing right now:
   * add it there after the merge and drop the entry. Key as for {@link #NULL_ALLOWED}.
   */
  private static final Map<String, String> PENDING = Map.of();

  /**
   * Types whose instances only callers make (callbacks and extensions Pledge calls): checking
   * what they are given is the caller's business, not the API's.
   */
  private static final Map<Class<?>, String> CALLER_IMPLEMENTED = Map.of(
      JsonLinesReader.LineSink.class, "a reader's sink, implemented by the caller of JsonLinesReader.read",
      RuleModule.class, "a rule module, implemented by its author",
      TierPeriod.Custom.class, "a period type of the caller's own");

  private static final Pattern INSIDE = Pattern.compile("^Cannot (invoke|read|load|store|assign|throw|enter|exit)\\b");

  @Test
  @Timeout(120)
  void everyPublicMethodRejectsNullNamingTheParameter() throws Exception {
    ApiSamples samples = new ApiSamples();
    List<String> findings = new ArrayList<>();
    Set<String> uncovered = new TreeSet<>();
    Set<String> allowedSeen = new LinkedHashSet<>();
    Set<Executable> members = new LinkedHashSet<>();
    int tried = 0;
    for (Class<?> artifact : ARTIFACTS) {
      Set<String> packages = new TreeSet<>(PublicApi.exportedPackages(artifact));
      ALSO.stream().filter(p -> !PublicApi.publicTypes(artifact, p).isEmpty()).forEach(packages::add);
      for (String pkg : packages) {
        if (EXCLUDED_PACKAGES.contains(pkg)) {
          continue;
        }
        for (Class<?> type : PublicApi.publicTypes(artifact, pkg)) {
          for (Executable member : PublicApi.publicMembers(type)) {
            if (skipped(type, member)) {
              continue;
            }
            Parameter[] parameters = member.getParameters();
            for (int i = 0; i < parameters.length; i++) {
              if (parameters[i].getType().isPrimitive()) {
                continue;
              }
              String key = key(type, member, parameters[i]);
              if (NULL_ALLOWED.containsKey(key) || PENDING.containsKey(key)) {
                allowedSeen.add(key);
                continue;
              }
              Optional<String> problem = callWithNull(samples, type, member, i);
              if (problem.isPresent() && problem.get().startsWith("no sample")) {
                uncovered.add(label(type, member) + ": " + problem.get());
                continue;
              }
              tried++;
              members.add(member);
              String name = parameters[i].getName();
              problem.ifPresent(p -> findings.add(label(type, member) + ", null " + name + ": " + p));
            }
          }
        }
      }
    }
    if (Boolean.getBoolean("pledge.nulls.all") || Boolean.getBoolean("pledge.nulls.report")) {
      System.out.printf("null arguments: %d parameters of %d constructors and methods tried, %d findings%n",
          tried, members.size(), findings.size());
      findings.forEach(System.out::println);
    }

    assertThat(uncovered).as("members the test could not call (give ApiSamples a value of the type)").isEmpty();
    assertThat(findings).as("parameters that do not reject null with a message naming them").isEmpty();
    assertThat(tried).as("parameters tried").isGreaterThan(200);
    Set<String> listed = new TreeSet<>(NULL_ALLOWED.keySet());
    listed.addAll(PENDING.keySet());
    assertThat(allowedSeen).as("NULL_ALLOWED and PENDING entries that match a parameter")
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void aRejectionCountsOnlyWhenItsMessageNamesTheParameter() {
    assertThat(verdict(new NullPointerException("id"), "id")).isEmpty();
    assertThat(verdict(new PledgeException("customer id must not be null"), "id")).isEmpty();
    assertThat(verdict(new NullPointerException(), "id")).contains("threw NullPointerException without a message");
    assertThat(verdict(new NullPointerException("Cannot invoke \"String.length()\" because \"id\" is null"), "id"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("failed inside: "));
    assertThat(verdict(new NullPointerException("idle"), "id")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("threw NullPointerException not naming it"));
    assertThat(verdict(new IllegalArgumentException("id must not be blank"), "id")).hasValueSatisfying(v ->
        assertThat(v).startsWith("threw IllegalArgumentException"));
  }

  /** Members that take null by contract, or that only a caller's implementation carries out. */
  private static boolean skipped(Class<?> type, Executable member) {
    if (member instanceof Method m) {
      // Object.equals: null is a valid argument, and the answer is false
      if (m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class) {
        return true;
      }
      if (Modifier.isAbstract(m.getModifiers()) && CALLER_IMPLEMENTED.containsKey(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Calls {@code member} with null for parameter {@code index}; empty if it was rejected as it
   * should be, otherwise what happened instead ({@code no sample ...} if it could not be called).
   */
  private static Optional<String> callWithNull(ApiSamples samples, Class<?> type, Executable member, int index) {
    Parameter[] parameters = member.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> t = parameters[i].getType();
      if (i == index) {
        continue;
      }
      if (t.isPrimitive()) {
        args[i] = ApiSamples.primitive(t);
      } else {
        Optional<Object> value = samples.of(t);
        if (value.isEmpty()) {
          return Optional.of("no sample of " + t.getName());
        }
        args[i] = value.get();
      }
    }
    Throwable thrown;
    try {
      if (member instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        Method m = (Method) member;
        if (Modifier.isStatic(m.getModifiers())) {
          m.invoke(null, args);
        } else {
          List<Object> receivers = samples.receivers(type);
          if (receivers.isEmpty()) {
            return Optional.of("no sample of " + type.getName() + " to call it on");
          }
          List<String> problems = new ArrayList<>();
          for (Object receiver : receivers) {
            invoke(m, receiver, args, parameters[index].getName())
                .ifPresent(p -> problems.add(p + (receivers.size() > 1 ? " (on " + receiver + ")" : "")));
          }
          return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        }
      }
      return Optional.of("accepted null");
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call " + member, e);
    }
    return verdict(thrown, parameters[index].getName());
  }

  /** Calls {@code method} on {@code receiver}; empty if it rejected the null {@code parameter} as it should. */
  private static Optional<String> invoke(Method method, Object receiver, Object[] args, String parameter) {
    try {
      method.invoke(receiver, args);
      return Optional.of("accepted null");
    } catch (InvocationTargetException e) {
      return verdict(e.getCause(), parameter);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  /** Empty if {@code thrown} is how a null {@code parameter} should be rejected; otherwise why not. */
  static Optional<String> verdict(Throwable thrown, String parameter) {
    String message = thrown.getMessage();
    String kind = thrown.getClass().getSimpleName();
    if (!(thrown instanceof NullPointerException) && !(thrown instanceof PledgeException)) {
      return Optional.of("threw " + kind + ": " + message);
    }
    if (message == null) {
      return Optional.of("threw " + kind + " without a message");
    }
    if (INSIDE.matcher(message).find()) {
      return Optional.of("failed inside: " + message);
    }
    if (!Pattern.compile("(?i)\\b" + Pattern.quote(parameter) + "\\b").matcher(message).find()) {
      return Optional.of("threw " + kind + " not naming it: " + message);
    }
    return Optional.empty();
  }

  private static String owner(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  /** {@code Activity.withId(newId)}: how {@link #NULL_ALLOWED} names a parameter. */
  private static String key(Class<?> type, Executable member, Parameter parameter) {
    return owner(type) + "." + (member instanceof Constructor ? "new" : member.getName()) + "(" + parameter.getName() + ")";
  }

  /** {@code dev.pledge.customer.Activity.withId(String newId)}. */
  private static String label(Class<?> type, Executable member) {
    StringBuilder b = new StringBuilder(type.getPackageName()).append('.').append(owner(type));
    if (member instanceof Method) {
      b.append('.').append(member.getName());
    }
    b.append('(');
    Parameter[] parameters = member.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      b.append(i == 0 ? "" : ", ").append(parameters[i].getType().getSimpleName()).append(' ')
          .append(parameters[i].getName());
    }
    return b.append(')').toString();
  }
}
