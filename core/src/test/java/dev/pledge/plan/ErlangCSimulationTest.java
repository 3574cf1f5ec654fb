package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Erlang C against a discrete-event simulation of the queue it describes (M/M/N): Poisson arrivals,
 * exponential handling times, N agents, one FIFO queue, nobody abandons. Over four million calls
 * after a warm-up, the simulated share answered within the target is within one point of the
 * formula's at three traffic levels, with the agents {@link Staffing} chooses for an 80 % objective.
 * About half a second a level.
 */
class ErlangCSimulationTest {
  static final double AHT = 180;   // seconds
  static final double TARGET = 20; // seconds
  static final int WARM_UP = 20_000;
  static final int CALLS = 4_000_000;

  /** What the simulation measured over the calls after the warm-up. */
  record Measured(double serviceLevel, double waiting) {}

  /**
   * Runs the queue event by event: the next event is the earlier of the next arrival and the
   * earliest end of a handling. An arrival takes a free agent at once or joins the back of the
   * queue; an agent who finishes takes the call at the front of the queue, if any. A call's wait is
   * from its arrival to the moment an agent takes it.
   */
  static Measured simulate(double traffic, int agents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double arrivalRate = traffic / AHT; // calls a second: A = λ · AHT
    PriorityQueue<Double> ends = new PriorityQueue<>();
    ArrayDeque<Double> queue = new ArrayDeque<>();
    int busy = 0;
    double nextArrival = exponential(random, arrivalRate);
    long taken = 0;
    long inTime = 0;
    long waited = 0;
    while (taken < WARM_UP + CALLS) {
      if (!ends.isEmpty() && ends.peek() <= nextArrival) {
        double now = ends.poll();
        if (queue.isEmpty()) {
          busy--;
          continue;
        }
        double wait = now - queue.poll();
        taken++;
        if (taken > WARM_UP) {
          waited += wait > 0 ? 1 : 0;
          inTime += wait <= TARGET ? 1 : 0;
        }
        ends.add(now + exponential(random, 1 / AHT));
      } else {
        double now = nextArrival;
        nextArrival = now + exponential(random, arrivalRate);
        if (busy == agents) {
          queue.add(now);
          continue;
        }
        busy++;
        taken++;
        inTime += taken > WARM_UP ? 1 : 0;
        ends.add(now + exponential(random, 1 / AHT));
      }
    }
    return new Measured(inTime / (double) CALLS, waited / (double) CALLS);
  }

  static double exponential(SplittableRandom random, double rate) {
    return -Math.log(1 - random.nextDouble()) / rate;
  }

  @ParameterizedTest(name = "A = {0} Erlangs: {1} agents")
  @CsvSource({"2, 4", "10, 14", "50, 56"})
  void erlangCServiceLevelIsWithinOnePointOfASimulatedQueue(double traffic, int agents) {
    Staffing staffing = Staffing.builder().aht(Duration.ofSeconds(180)).target(Duration.ofSeconds(20))
        .objective(new BigDecimal("0.8")).build();
    Instant from = Instant.parse("2026-03-02T09:00:00Z");
    // traffic × 1800 s / 180 s arrivals in half an hour make `traffic` Erlangs
    StaffingInterval planned = staffing.interval(new Demand(from, from.plusSeconds(1800), traffic * 10));
    assertThat(planned.agents()).isEqualTo(agents);

    Measured measured = simulate(traffic, agents, 17);

    assertThat(measured.serviceLevel()).isCloseTo(planned.serviceLevel(), within(0.01));
    assertThat(measured.waiting()).isCloseTo(ErlangC.probabilityOfWaiting(agents, traffic), within(0.01));
  }
}
