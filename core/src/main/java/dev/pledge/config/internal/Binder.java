package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.pledge.internal.StrictJson;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Binds a part of a document to a typed record, then checks it with Jakarta Validation. Every
 * failure becomes a problem at the JSON Pointer of the offending value, saying what was expected
 * and what was found. One instance serves a whole configuration; it is thread-safe.
 */
public final class Binder {
  /**
   * Hibernate Validator announces its version at INFO ("HV000001: Hibernate Validator 8.0.2.Final")
   * the first time it starts, and with no logging framework on the class path that line goes
   * through java.util.logging to standard error of every application that loads a configuration.
   * Unless the application has set a level for that one logger itself, it is raised to WARNING
   * before the validator starts: nothing else of Hibernate Validator is quietened, and an
   * application whose logging framework picks up Hibernate Validator's logging decides for itself.
   * Held here so that the logger, and the level set on it, is not garbage collected.
   */
  private static final Logger VERSION_LOG = quietVersionBanner();

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  private static Logger quietVersionBanner() {
    Logger log = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (log.getLevel() == null) {
      log.setLevel(Level.WARNING);
    }
    return log;
  }

  private final Problems problems;

  /** A binder that reports to {@code problems}. */
  public Binder(Problems problems) {
    this.problems = problems;
  }

  /** The collector problems go to. */
  public Problems problems() {
    return problems;
  }

  /**
   * Binds {@code node} (found at {@code pointer}) to {@code type} and validates it.
   *
   * @return the checked value, or empty when a problem was recorded
   */
  public <T> Optional<T> bind(JsonNode node, String pointer, Class<T> type) {
    T value;
    try {
      value = StrictJson.mapper().treeToValue(node, type);
    } catch (JsonMappingException e) {
      report(e, node, pointer, type);
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(pointer, "must be " + Expectations.describe(type) + ", but could not be read as one");
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      // treeToValue wraps some binding failures in IllegalArgumentException
      if (e.getCause() instanceof JsonMappingException m) {
        report(m, node, pointer, type);
        return Optional.empty();
      }
      throw e;
    }
    if (value == null) {
      problems.add(pointer, "must be " + Expectations.describe(type) + ", but was null");
      return Optional.empty();
    }
    return validate(value, pointer) ? Optional.of(value) : Optional.empty();
  }

  /** Validates an already-built value; reports each violation and returns whether it was valid. */
  public boolean validate(Object value, String pointer) {
    var violations = VALIDATOR.validate(value);
    violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(pointer + toPointer(v), Expectations.message(v)));
    return violations.isEmpty();
  }

  private void report(JsonMappingException e, JsonNode node, String base, Class<?> rootType) {
    StringBuilder pointer = new StringBuilder(base);
    JsonNode at = node;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        pointer.append('/').append(SourceDocument.escape(ref.getFieldName()));
        at = at == null ? null : at.get(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        pointer.append('/').append(ref.getIndex());
        at = at == null ? null : at.get(ref.getIndex());
      }
    }
    String where = pointer.toString();
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      problems.add(where, "unknown property \"" + u.getPropertyName() + "\""
          + (known.isEmpty() ? "" : "; expected one of: " + known));
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null
        && v.getCause().getMessage() != null && (v.getCause() instanceof dev.pledge.PledgeException
            || v.getCause() instanceof IllegalArgumentException)) {
      problems.add(where, v.getCause().getMessage()); // a record's own check, in Pledge's words
    } else if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null) {
      String expected = Expectations.describe(m.getTargetType(), e.getPath());
      String found = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
          && f.getValue() instanceof String s ? Expectations.quote(s) : Expectations.found(at);
      problems.add(where, "must be " + expected + ", but was " + found);
    } else {
      // not a mismatch Pledge words itself: say what was expected, never the binder's own text
      problems.add(where, "is not valid here: expected " + Expectations.describe(rootType) + " at "
          + (base.isEmpty() ? "the top" : base) + ", but found " + Expectations.found(at));
    }
  }

  /**
   * The pointer of a violation. A constraint on a method that is not a JSON property (a
   * cross-field check such as {@code isOneOfInOrEquals}) is placed at its object.
   */
  private static String toPointer(jakarta.validation.ConstraintViolation<?> v) {
    String pointer = toPointer(v.getPropertyPath());
    String leafName = null;
    for (Path.Node n : v.getPropertyPath()) {
      leafName = n.getName();
    }
    Object bean = v.getLeafBean();
    String name = leafName;
    if (name != null && bean != null && bean.getClass().isRecord()
        && java.util.Arrays.stream(bean.getClass().getRecordComponents())
            .noneMatch(c -> c.getName().equals(name))) {
      return pointer.substring(0, pointer.lastIndexOf('/'));
    }
    return pointer;
  }

  private static String toPointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        out.append('/').append(SourceDocument.escape(String.valueOf(n.getIndex() != null ? n.getIndex() : n.getKey())));
      }
      if (n.getName() != null && n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT
          && n.getKind() != jakarta.validation.ElementKind.BEAN) {
        out.append('/').append(SourceDocument.escape(n.getName()));
      }
    }
    return out.toString();
  }
}
