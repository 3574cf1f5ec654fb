package dev.pledge.kafka.broker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.internals.Exit;

/**
 * The JVM halts and exits that Kafka's server code asks for (on a fatal error) while a
 * {@link KafkaBroker} runs: instead of ending the test JVM, each request is recorded and
 * {@link #failure()} reports them.
 *
 * <p>The request returns to Kafka's code, as its own tests' hooks do: where the fault came from
 * a failed start, the server then stops and throws the original exception, which says more than
 * the bare request (the fault's message goes to Kafka's log, not to the hook).
 *
 * <p>Kafka's exit hook is global to the JVM: it is replaced while at least one instance is
 * installed, and restored when the last one is uninstalled.
 */
final class FatalExits {
  private static final Set<FatalExits> INSTALLED = new LinkedHashSet<>();

  private final List<String> requests = new ArrayList<>();

  private FatalExits() {}

  /** Starts recording the halts and exits asked for from now on. */
  static FatalExits install() {
    FatalExits exits = new FatalExits();
    synchronized (INSTALLED) {
      if (INSTALLED.isEmpty()) {
        Exit.setHaltProcedure((status, message) -> record("halt", status, message));
        Exit.setExitProcedure((status, message) -> record("exit", status, message));
      }
      INSTALLED.add(exits);
    }
    return exits;
  }

  /** Stops recording for this instance; the last one restores Kafka's own hooks. */
  void uninstall() {
    synchronized (INSTALLED) {
      if (INSTALLED.remove(this) && INSTALLED.isEmpty()) {
        Exit.resetHaltProcedure();
        Exit.resetExitProcedure();
      }
    }
  }

  /** The failure to report if Kafka asked to halt or exit while this instance was installed. */
  Optional<IllegalStateException> failure() {
    synchronized (INSTALLED) {
      return requests.isEmpty()
          ? Optional.empty()
          : Optional.of(new IllegalStateException(
              "The Kafka broker failed fatally and asked the JVM to " + String.join("; ", requests)));
    }
  }

  private static void record(String kind, int status, String message) {
    String request = kind + "(" + status + ")" + (message == null ? "" : ": " + message);
    synchronized (INSTALLED) {
      INSTALLED.forEach(exits -> exits.requests.add(request));
    }
  }
}
