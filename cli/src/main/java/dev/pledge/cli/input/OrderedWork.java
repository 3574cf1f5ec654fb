package dev.pledge.cli.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Work done in parallel and handed over in order: each item added is computed on an executor, in
 * batches, and its result delivered on the thread that adds items, in the order the items were
 * added, so that what the deliveries print is what a one-thread run prints. Without an executor
 * each item is computed and delivered at once. Not thread-safe: one thread adds, drains and
 * receives the deliveries.
 *
 * <p>Memory holds at most {@link #BATCHES_PER_THREAD} batches per thread, computed or waiting: when
 * more are in flight, adding waits for the oldest and delivers it.
 *
 * @param <I> an item
 * @param <R> what computing an item gives; {@code compute} should not throw (a failure it throws
 *     anyway is thrown to the thread that adds or drains, as a one-thread run would throw it)
 */
public final class OrderedWork<I, R> {
  /** Batches computed or waiting per thread, at most. */
  public static final int BATCHES_PER_THREAD = 4;

  private final Executor executor;
  private final int batchSize;
  private final int inFlight;
  private final Function<I, R> compute;
  private final BiConsumer<I, R> deliver;
  private final ToIntFunction<I> weight;
  private final int batchWeight;
  private final ArrayDeque<Batch<I, R>> pending = new ArrayDeque<>();
  private List<I> batch = new ArrayList<>();
  private int weightInBatch;
  private boolean delivering;
  private boolean failed;

  private record Batch<I, R>(List<I> items, CompletableFuture<Computed<R>> results) {}

  /**
   * A batch's results, up to the item whose computation threw, if one did: that failure is
   * thrown when the delivery reaches that item, as a one-thread run would throw it there.
   */
  private record Computed<R>(List<R> results, Throwable failure) {}

  /**
   * @param workers where to compute; {@link Workers#executor()} empty computes at once
   * @param batchSize items computed by one task, at most
   * @param weight what an item weighs (the lines of a case, say)
   * @param batchWeight a batch is cut when it weighs this much, whatever its items: a few large
   *     items do not make a batch, or the batches in flight, hold much more than usual
   * @param compute computes an item, on any thread
   * @param deliver receives each item and its result, in order, on the adding thread
   */
  public OrderedWork(Workers workers, int batchSize, ToIntFunction<I> weight, int batchWeight,
      Function<I, R> compute, BiConsumer<I, R> deliver) {
    this.executor = workers.executor().orElse(null);
    this.batchSize = batchSize;
    this.inFlight = workers.threads() * BATCHES_PER_THREAD;
    this.weight = Objects.requireNonNull(weight, "weight");
    this.batchWeight = batchWeight;
    this.compute = Objects.requireNonNull(compute, "compute");
    this.deliver = Objects.requireNonNull(deliver, "deliver");
  }

  /** Adds an item; delivers the results that are ready (or, with too many in flight, the oldest). */
  public void add(I item) {
    if (executor == null) {
      deliver.accept(item, compute.apply(item));
      return;
    }
    batch.add(item);
    weightInBatch += weight.applyAsInt(item);
    if (batch.size() >= batchSize || weightInBatch >= batchWeight) {
      submit();
    }
    if (!delivering) {
      while (!pending.isEmpty() && (pending.size() > inFlight || pending.peek().results().isDone())) {
        deliverOldest();
      }
    }
  }

  /**
   * Computes what is left and delivers everything pending, in order. Does nothing when called
   * from a delivery (a delivery that prints a message drains first: the order holds).
   */
  public void drain() {
    if (delivering || executor == null) {
      return;
    }
    if (failed) {
      // a one-thread run stopped at the failure: nothing after it is delivered
      pending.clear();
      batch.clear();
      return;
    }
    if (!batch.isEmpty()) {
      submit();
    }
    while (!pending.isEmpty()) {
      deliverOldest();
    }
  }

  /**
   * Runs {@code reading} (the reading that adds items); when it fails, what was added before is
   * still delivered, as a one-thread run would have delivered it, and the failure is thrown.
   */
  public <T> T deliveringOnFailure(java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (RuntimeException | Error e) {
      try {
        drain();
      } catch (RuntimeException | Error also) {
        e.addSuppressed(also);
      }
      throw e;
    }
  }

  private void submit() {
    List<I> items = batch;
    batch = new ArrayList<>();
    weightInBatch = 0;
    pending.add(new Batch<>(items, CompletableFuture.supplyAsync(() -> {
      List<R> results = new ArrayList<>(items.size());
      for (I item : items) {
        try {
          results.add(compute.apply(item));
        } catch (Throwable e) {  // kept with its item, thrown where a one-thread run throws it
          return new Computed<>(results, e);
        }
      }
      return new Computed<>(results, null);
    }, executor)));
  }

  private void deliverOldest() {
    Batch<I, R> oldest = pending.poll();
    Computed<R> computed = oldest.results().join();  // the task itself catches every failure
    delivering = true;
    try {
      for (int i = 0; i < computed.results().size(); i++) {
        deliver.accept(oldest.items().get(i), computed.results().get(i));
      }
    } finally {
      delivering = false;
    }
    if (computed.failure() != null) {
      failed = true;
      throw rethrown(computed.failure());
    }
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException r) {
      return r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("a computation threw a checked exception", failure);
  }
}
