package dev.pledge.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work on threads delivers what one thread delivers, in order, and stops where one thread stops. */
class OrderedWorkTest {

  private static List<Integer> run(Workers workers, int items, int failingAt) {
    List<Integer> delivered = new ArrayList<>();
    OrderedWork<Integer, Integer> work = new OrderedWork<>(workers, 4, item -> 1, 1_000, item -> {
      if (item == failingAt) {
        throw new AssertionError("item " + item);
      }
      return item * 10;
    }, (item, result) -> delivered.add(result));
    try {
      work.deliveringOnFailure(() -> {
        for (int i = 0; i < items; i++) {
          work.add(i);
        }
        return null;
      });
      work.drain();
    } catch (AssertionError e) {
      delivered.add(-1);  // where the failure surfaced
    }
    return delivered;
  }

  @Test
  void deliversInOrderWhateverTheThreads() {
    try (Workers three = Workers.of(3)) {
      assertThat(run(three, 1_000, -1)).isEqualTo(run(Workers.one(), 1_000, -1)).hasSize(1_000);
    }
  }

  @Test
  void aFailureSurfacesAfterTheItemsBeforeItAndNothingAfterItIsDelivered() {
    // item 5 throws an Error its computation does not catch: one thread delivers 0 to 4, then fails
    List<Integer> one = run(Workers.one(), 12, 5);
    assertThat(one).containsExactly(0, 10, 20, 30, 40, -1);
    try (Workers two = Workers.of(2)) {
      assertThat(run(two, 12, 5)).isEqualTo(one);
      assertThat(run(two, 40, 33)).isEqualTo(run(Workers.one(), 40, 33));
    }
  }

  @Test
  void aBatchIsCutByWeightToo() {
    List<Integer> sizes = new ArrayList<>();
    try (Workers two = Workers.of(2)) {
      OrderedWork<Integer, Integer> work = new OrderedWork<>(two, 64, item -> item, 100,
          item -> item, (item, result) -> sizes.add(result));
      for (int i = 0; i < 10; i++) {
        work.add(60);  // two of these weigh more than a batch may
      }
      work.drain();
    }
    assertThat(sizes).hasSize(10);
  }

  @Test
  void callingDrainFromADeliveryDoesNothing() {
    try (Workers two = Workers.of(2)) {
      List<Integer> delivered = new ArrayList<>();
      OrderedWork<Integer, Integer>[] self = new OrderedWork[1];
      self[0] = new OrderedWork<>(two, 4, item -> 1, 1_000, item -> item, (item, result) -> {
        self[0].drain();
        delivered.add(result);
      });
      for (int i = 0; i < 50; i++) {
        self[0].add(i);
      }
      self[0].drain();
      assertThat(delivered).hasSize(50).isSorted();
    }
    assertThatThrownBy(() -> Workers.of(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
