package dev.pledge.cli.input;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a command parses and evaluates on ({@code --threads}): none beyond the command's own
 * for one thread, otherwise a pool of that many daemon threads, stopped when the command ends.
 */
public final class Workers implements AutoCloseable {
  private static final Workers ONE = new Workers(1, null);

  private final int threads;
  private final ExecutorService pool;

  private Workers(int threads, ExecutorService pool) {
    this.threads = threads;
    this.pool = pool;
  }

  /** Everything on the command's thread. */
  public static Workers one() {
    return ONE;
  }

  /** {@code threads} threads; 1 is {@link #one()}. */
  public static Workers of(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
    }
    if (threads == 1) {
      return ONE;
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread t = new Thread(task, "pledge-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return new Workers(threads, Executors.newFixedThreadPool(threads, factory));
  }

  /** How many threads parse and evaluate. */
  public int threads() {
    return threads;
  }

  /** The pool; empty for one thread. */
  public Optional<ExecutorService> executor() {
    return Optional.ofNullable(pool);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
