package dev.pledge.config.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects the problems of one document, placing each by its JSON Pointer. */
public final class Problems {
  private final String source;
  private final List<Problem> found = new ArrayList<>();
  private SourceDocument document;

  /** A collector for the document named {@code source}. */
  public Problems(String source) {
    this.source = source;
  }

  /** Where problems with an explicit line and column go (the parser's). */
  @FunctionalInterface
  public interface Sink {
    /** Records a problem at a known place. */
    void add(String pointer, int line, int column, String message);
  }

  /** The sink that records placed problems here. */
  public Sink sink() {
    return (pointer, line, column, message) -> found.add(new Problem(pointer, line, column, message));
  }

  /** Sets the document used to place problems by pointer. */
  public void locateIn(SourceDocument doc) {
    this.document = doc;
  }

  /** Records a problem at {@code pointer}, placed at the line and column of that value. */
  public void add(String pointer, String message) {
    int[] at = document == null ? new int[] {0, 0} : document.locate(pointer);
    found.add(new Problem(pointer, at[0], at[1], message));
  }

  /**
   * Runs a domain builder or constructor for the value at {@code at}; what it rejects becomes a
   * problem at the pointer of the offending field ({@link InvalidValueException#field()} under
   * {@code at}), and a repeated id names the pointer of its first use.
   */
  static <T> Optional<T> built(Problems problems, String at, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidValueException e) {
      problems.add(e, at);
      return Optional.empty();
    }
  }

  /** Records {@code e} at the pointer of its field under {@code at}. */
  void add(InvalidValueException e, String at) {
    add(under(at, e.field()), e instanceof RepeatedValueException r ? r.message(under(at, r.first())) : e.problem());
  }

  private static String under(String at, String field) {
    return field.isEmpty() ? at : at + "/" + field;
  }

  /** Whether any problem was recorded. */
  public boolean any() {
    return !found.isEmpty();
  }

  /** The number of problems so far. */
  public int count() {
    return found.size();
  }

  /** Throws a {@link ConfigException} with every problem, in document order, if there is any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(found);
      sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new ConfigException(source, sorted);
    }
  }
}
