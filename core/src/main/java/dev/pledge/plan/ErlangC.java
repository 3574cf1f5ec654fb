package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * The Erlang B and Erlang C formulas of a queue with {@code n} agents offered {@code a} Erlangs of
 * traffic (arrivals per second times the handling time in seconds), as in docs/planning.md.
 *
 * <p>Erlang B is computed by its recursion {@code B(0) = 1}, {@code B(k) = a·B(k−1) / (k + a·B(k−1))},
 * whose every term lies in {@code [0, 1]}: no factorial and no power is formed, so traffic in the
 * thousands neither overflows nor loses precision. Erlang C follows as
 * {@code C = n·B / (n − a·(1 − B))}. The cost is one step per agent.
 *
 * <p>No traffic ({@code a = 0}): nobody waits, every call is answered at once. Not enough agents
 * ({@code n <= a}, with traffic): the queue grows without bound, every call waits and the service
 * level tends to 0.
 */
public final class ErlangC {
  /** The most traffic taken, in Erlangs: a million agents busy at once. */
  public static final double MAX_TRAFFIC = 1_000_000;

  private ErlangC() {}

  /**
   * Erlang B: the share of calls that find all {@code n} agents busy when calls that find no free
   * agent are lost.
   *
   * @param n the agents, at least 0
   * @param a the traffic in Erlangs, from 0 to {@link #MAX_TRAFFIC}
   * @return a probability in {@code [0, 1]}; 1 when {@code n} is 0, 0 when {@code a} is 0 and {@code n} is not
   * @throws InvalidValueException if {@code n} is negative or {@code a} is outside its range or not a number
   */
  public static double erlangB(int n, double a) {
    checkAgents(n);
    checkTraffic(a);
    double b = 1;
    for (int k = 1; k <= n && b > 0; k++) { // once B underflows to 0 it stays 0
      b = next(b, k, a);
    }
    return b;
  }

  /**
   * Erlang C: the share of calls that wait, when calls queue until an agent is free.
   *
   * @param n the agents, at least 0
   * @param a the traffic in Erlangs, from 0 to {@link #MAX_TRAFFIC}
   * @return a probability in {@code [0, 1]}: 0 without traffic; 1 when {@code n <= a} (the queue
   *     never empties)
   * @throws InvalidValueException as {@link #erlangB}
   */
  public static double probabilityOfWaiting(int n, double a) {
    double b = erlangB(n, a);
    return a == 0 ? 0 : n <= a ? 1 : waiting(n, a, b);
  }

  /**
   * The service level: the share of calls answered within {@code target},
   * {@code 1 − C(n, a)·e^(−(n − a)·target / aht)}.
   *
   * @param n the agents, at least 0
   * @param a the traffic in Erlangs, from 0 to {@link #MAX_TRAFFIC}
   * @param target the longest wait that counts as answered in time, zero or more
   * @param aht the average handling time, positive
   * @return a share in {@code [0, 1]}: 1 without traffic, 0 when {@code n <= a}
   * @throws InvalidValueException as {@link #erlangB}, or if {@code target} is negative or {@code aht}
   *     not positive
   */
  public static double serviceLevel(int n, double a, Duration target, Duration aht) {
    checkTarget(target);
    checkAht(aht);
    double c = probabilityOfWaiting(n, a);
    return a == 0 ? 1 : n <= a ? 0 : serviceLevel(n, a, c, seconds(target) / seconds(aht));
  }

  /**
   * The average speed of answer, the mean wait of all calls (those answered at once count as 0):
   * {@code C(n, a)·aht / (n − a)}.
   *
   * @param n the agents, more than {@code a} (or any number, 0 included, without traffic)
   * @param a the traffic in Erlangs, from 0 to {@link #MAX_TRAFFIC}
   * @param aht the average handling time, positive
   * @return the mean wait, to the nanosecond; zero without traffic
   * @throws InvalidValueException as {@link #erlangB}, if {@code aht} is not positive, or if there
   *     is traffic and {@code n <= a} (the wait grows without bound)
   */
  public static Duration asa(int n, double a, Duration aht) {
    checkAht(aht);
    double c = probabilityOfWaiting(n, a);
    if (a == 0) {
      return Duration.ZERO;
    }
    if (n <= a) {
      throw new InvalidValueException("n", "the average speed of answer needs more agents than the traffic, "
          + "but there are " + n + " agents for " + a + " Erlangs; the wait grows without bound");
    }
    return asa(n, a, c, aht);
  }

  /** {@code B(k)} from {@code B(k − 1)}. */
  static double next(double previous, int k, double a) {
    double ab = a * previous;
    return ab / (k + ab);
  }

  /** {@code C(n, a)} from {@code B(n, a)}, for {@code n > a > 0}. */
  static double waiting(int n, double a, double b) {
    return Math.min(1, n * b / (n - a * (1 - b)));
  }

  /** The service level for {@code n > a > 0} given {@code C(n, a)} and {@code target / aht}. */
  static double serviceLevel(int n, double a, double c, double targetInAhts) {
    return Math.max(0, 1 - c * Math.exp(-(n - a) * targetInAhts));
  }

  /** The average speed of answer for {@code n > a > 0} given {@code C(n, a)}. */
  static Duration asa(int n, double a, double c, Duration aht) {
    return Duration.ofNanos(Math.round(c * seconds(aht) * 1e9 / (n - a)));
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  static void checkAgents(int n) {
    if (n < 0) {
      throw new InvalidValueException("n", "the agents must be 0 or more, but were " + n);
    }
  }

  static void checkTraffic(double a) {
    if (!(a >= 0 && a <= MAX_TRAFFIC)) {
      throw new InvalidValueException("a", "the traffic must be from 0 to " + (long) MAX_TRAFFIC
          + " Erlangs, but was " + a);
    }
  }

  static void checkAht(Duration aht) {
    Objects.requireNonNull(aht, "aht");
    if (aht.isZero() || aht.isNegative()) {
      throw new InvalidValueException("aht", "the average handling time must be positive, but was " + aht);
    }
  }

  static void checkTarget(Duration target) {
    Objects.requireNonNull(target, "target");
    if (target.isNegative()) {
      throw new InvalidValueException("target", "the target wait must be zero or more, but was " + target);
    }
  }
}
