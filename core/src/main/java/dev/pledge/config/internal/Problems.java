package dev.pledge.config.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.RepeatedValueException;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import dev.pledge.internal.JsonTree;
import dev.pledge.internal.JsonWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the problems of one document, placing each by its JSON Pointer. A message is kept to
 * {@link #MESSAGE} characters, and every value quoted in it to a bounded prefix.
 */
public final class Problems {
  /** The longest message listed; a longer one is cut, saying so. */
  static final int MESSAGE = 500;
  private final String source;
  private final List<Problem> found = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>(); // pointers of values reported unreadable
  private int added; // every problem found, also those not listed again (see count())
  private SourceDocument document;

  /** A collector for the document named {@code source}. */
  public Problems(String source) {
    this.source = source;
  }

  /**
   * Where the parser's problems go, placed at their line and column. A value it could not read is
   * reported once: nothing found later at or under its pointer (it reads as null) is added.
   */
  public JsonTree.Problems sink() {
    return new JsonTree.Problems() {
      @Override
      public void add(String pointer, int line, int column, String message) {
        added++;
        found.add(new Problem(pointer, line, column, JsonWords.bounded(message, MESSAGE)));
      }

      @Override
      public void unreadable(String pointer) {
        unreadable.add(pointer);
      }
    };
  }

  /** Sets the document used to place problems by pointer. */
  public void locateIn(SourceDocument doc) {
    this.document = doc;
  }

  /** Records a problem at {@code pointer}, placed at the line and column of that value. */
  public void add(String pointer, String message) {
    added++;
    for (String u : unreadable) {
      if (pointer.equals(u) || pointer.startsWith(u + "/")) {
        return; // the value was reported as unreadable already
      }
    }
    int[] at = document == null ? new int[] {0, 0} : document.locate(pointer);
    Problem problem = new Problem(pointer, at[0], at[1], JsonWords.bounded(message, MESSAGE));
    if (!found.contains(problem)) { // a part checked again after its item failed says it once
      found.add(problem);
    }
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

  /** The pointers of the problems recorded after the first {@code count}, in order. */
  List<String> pointersSince(int size) {
    return found.subList(size, found.size()).stream().map(Problem::pointer).toList();
  }

  /** The number of problems listed (each once). */
  int listed() {
    return found.size();
  }

  /**
   * The number of problems found so far, including those not listed again (the same problem found
   * twice, or one at a value already reported as unreadable): a caller comparing counts learns
   * whether its part had a problem, whichever part reported it first.
   */
  public int count() {
    return added;
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
