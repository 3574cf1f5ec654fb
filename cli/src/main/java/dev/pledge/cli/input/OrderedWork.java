package dev.pledge.cli.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
  private final ArrayDeque<Batch<I, R>> pending = new ArrayDeque<>();
  private List<I> batch = new ArrayList<>();
  private boolean delivering;

  private record Batch<I, R>(List<I> items, CompletableFuture<List<R>> results) {}

  /**
   * @param workers where to compute; {@link Workers#executor()} empty computes at once
   * @param batchSize items computed by one task
   * @param compute computes an item, on any thread
   * @param deliver receives each item and its result, in order, on the adding thread
   */
  public OrderedWork(Workers workers, int batchSize, Function<I, R> compute, BiConsumer<I, R> deliver) {
    this.executor = workers.executor().orElse(null);
    this.batchSize = batchSize;
    this.inFlight = workers.threads() * BATCHES_PER_THREAD;
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
    if (batch.size() >= batchSize) {
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
    pending.add(new Batch<>(items, CompletableFuture.supplyAsync(() -> {
      List<R> results = new ArrayList<>(items.size());
      for (I item : items) {
        results.add(compute.apply(item));
      }
      return results;
    }, executor)));
  }

  private void deliverOldest() {
    Batch<I, R> oldest = pending.poll();
    List<R> results;
    try {
      results = oldest.results().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
    delivering = true;
    try {
      for (int i = 0; i < results.size(); i++) {
        deliver.accept(oldest.items().get(i), results.get(i));
      }
    } finally {
      delivering = false;
    }
  }
}
